/**
 * Whether how often some code runs is decided outside its file: the function it is directly in
 * is never called, nor handed on, by anything in the file — it is exported (`export function
 * showHelp()`, `module.exports.x = …`, or handed to the page's globals at top level: `window.startApp
 * = startApp`), a member of an object literal whose key the file never
 * calls (a Vuex `actions: { LISTEN_FOR_UPDATE() {…} }` entry, dispatched by its name from a
 * component; a `perform` of an object handed to a registry), or a function nothing in the file
 * refers to. Its callers may run it once (a setup called by the app's root) or on every click:
 * the file cannot tell. Not when the code repeats within the function (a loop between them),
 * when the function is a callback written into a call (the call decides, and it is in the file),
 * or when it looks like a React component or hook (its body runs at every render).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { findBindingReferences } from './binding-references';
import { forEachDescendant } from './descendants';
import { GLOBAL_OBJECT_NAMES, unwrapExpression } from './expressions';
import { findBinding, isFunctionNode } from './scope';
import { isRunOnceCallback } from './run-once-callback';
import { resolveModuleReference } from './module-reference';
import { getDefinedName, isCommonJsExportTarget, isCommonJsExports } from './function-name';
import { isLoopType } from '../../core/node-helpers';

/** `Widget`, `useWidget`: a React component or hook, whose body runs at every render (not `LISTEN_FOR_UPDATE`). */
const RENDERED_NAME = /^(?:[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|use[A-Z0-9]\w*)$/;

export interface RunFromElsewhere {
  /** The function the code is directly in. */
  fn: NodePath;
  /** Its name (`LISTEN_FOR_UPDATE`, `showHelp`; `default` for an anonymous default export). */
  name: string;
  /** How a message names it: `showHelp()`, `the module's default export`, `initializeConfig() (called once from initialize())`. */
  label: string;
}

/** How many calls deep a function called once from one that only other files run is followed. */
const MAX_CHAIN = 3;

export interface RunFromElsewhereOptions {
  /**
   * Also a function named like a React component or hook (`EndpointProvider`): its callers may
   * still show it runs once (an AngularJS `.factory('EndpointProvider', EndpointProvider)`
   * registration) — for the project phase's question only; the file alone keeps its finding.
   */
  renderedNames?: boolean;
}

/** `at`'s function when nothing in the file runs it (see the module comment), else `null`. */
export function findRunFromElsewhere(at: NodePath, depth = 0, options: RunFromElsewhereOptions = {}): RunFromElsewhere | null {
  let fn: NodePath | null = at.parentPath;
  for (let first = true; ; first = false) {
    while (fn && !isFunctionNode(fn.node)) {
      if (isLoopType(fn.node.type)) return null;
      fn = fn.parentPath;
    }
    // Case: `new Promise((resolve) => { Config.once('update', () => { Config.on(…) }) })`: callbacks
    // that run at most once belong to the function around them — but not a listener written
    // directly in a promise executor that uses what the executor holds (`resolve`, its locals):
    // that is a wait helper's own listener, added at every wait.
    if (!fn || !isRunOnce(fn, first, at)) break;
    fn = fn.parentPath;
  }
  if (!fn || fn.node.type === 'ClassMethod' || fn.node.type === 'ClassPrivateMethod') return null;
  // Case: `socket.on('message', () => { … })`, `items.forEach(…)`: the call in this file runs it
  if (fn.key === 'arguments' || fn.parent?.type === 'CallExpression' || fn.parent?.type === 'NewExpression') return null;
  // Case: `export default (params) => { ipcMain.on(…) }`, `module.exports = function () { … }`: handed to other files, nameless
  if (fn.parent?.type === 'ExportDefaultDeclaration' || (fn.parent?.type === 'AssignmentExpression' && fn.key === 'right' && isCommonJsExports(fn.parent.left))) {
    return { fn, name: 'default', label: "the module's default export" };
  }
  const named = getDefinedName(fn);
  if (!named || (!options.renderedNames && RENDERED_NAME.test(named.name))) return null;
  if (named.kind === 'binding') {
    const binding = findBinding(named.at, named.name);
    if (!binding) return null;
    const used = findBindingReferences(named.at, binding).filter((reference) => !isExportOf(reference) && !isTypeQuery(reference));
    if (used.length === 0) return { fn, name: named.name, label: `${named.name}()` };
    // Case: `function initializeConfig() { … }` called once, directly, from `export function initialize()`, which only other files run
    const caller = used.length === 1 && depth < MAX_CHAIN ? getCallingFunctionRunOnce(used[0]!, depth, options) : null;
    return caller ? { fn, name: named.name, label: `${named.name}() (called once from ${caller.label})` } : null;
  }
  return isNamedInFile(fn, named.name) ? null : { fn, name: named.name, label: `${named.name}()` };
}

/**
 * A function that runs at most once where it is written (run-once-callback.ts: a promise
 * reaction, a `.once(…)` listener, a one-shot timer…), or a promise executor around one — and
 * the executor the code is directly in only when the code uses nothing the executor holds (its
 * `resolve` / `reject`, its locals): `ipcMain.on(UPDATE_PATHS, () => Config.reload())` written
 * beside the wait is set-up the function does once per call, like code outside the executor
 * (mattermost desktop's `initializeConfig()`); `emitter.on('ready', () => resolve())` is the wait's own.
 */
function isRunOnce(fn: NodePath, first: boolean, at: NodePath): boolean {
  const call = fn.parent;
  if (fn.key === 'arguments' && call?.type === 'NewExpression') {
    if (call.callee.type !== 'Identifier' || call.callee.name !== 'Promise' || call.arguments[0] !== fn.node) return false;
    return !first || !usesExecutorBindings(at, fn.node);
  }
  return isRunOnceCallback(fn);
}

/** `at` reads a name the executor declares (a parameter, a local of its body or of a block in it), not one of its own. */
function usesExecutorBindings(at: NodePath, executor: Node): boolean {
  const within = (node: Node, outer: Node): boolean => node.start! >= outer.start! && node.end! <= outer.end!;
  let uses = false;
  const check = (path: NodePath): void => {
    if (path.node.type !== 'Identifier') return;
    const binding = findBinding(path, path.node.name);
    if (binding && within(binding.scope, executor) && !within(binding.scope, at.node)) uses = true;
  };
  check(at);
  forEachDescendant(at, (path) => {
    if (uses) return false;
    check(path);
    return undefined;
  });
  return uses;
}

/**
 * The reference is the callee of a call made directly in a function (no loop, no callback in
 * between) that itself only other files run: that function, else `null`.
 */
function getCallingFunctionRunOnce(reference: NodePath, depth: number, options: RunFromElsewhereOptions): RunFromElsewhere | null {
  const call = reference.parentPath;
  if (!call || call.node.type !== 'CallExpression' || reference.key !== 'callee') return null;
  const caller = findRunFromElsewhere(call, depth + 1, options);
  if (!caller) return null;
  // A declared or exported function; not a callback stored on an object (`button.onclick = () => f()` runs per click).
  const defined = getDefinedName(caller.fn);
  const declared = caller.name === 'default' || defined?.kind === 'binding' || (defined?.kind === 'assigned' && defined.commonJsExport);
  return declared ? caller : null;
}

/** `type Api = ReturnType<typeof f>`: a type, which runs nothing. */
function isTypeQuery(reference: NodePath): boolean {
  let current = reference;
  while (current.parentPath?.node.type === 'TSQualifiedName') current = current.parentPath;
  return current.parent?.type === 'TSTypeQuery';
}

/** `export { f }`, `export default f`, `module.exports = f`, `module.exports = { f }`: handing the function to other files, not running it. */
function isExportOf(reference: NodePath): boolean {
  const parent = reference.parent;
  if (parent?.type === 'ExportSpecifier' || parent?.type === 'ExportDefaultDeclaration') return true;
  // Case: `module.exports = { initialize, checkForUpdates }`, `export default { init: init }`: a value of the exported object
  if (parent?.type === 'ObjectProperty' && reference.key === 'value' && !parent.computed) {
    const object = reference.parentPath?.parentPath;
    const holder = object?.parent;
    if (object?.node.type === 'ObjectExpression' && (holder?.type === 'ExportDefaultDeclaration' || (holder?.type === 'AssignmentExpression' && object.key === 'right' && isCommonJsExports(holder.left)))) return true;
  }
  if (parent?.type === 'AssignmentExpression' && reference.key === 'right' && isCommonJsExportTarget(parent.left)) return true;
  // Case: `window.startApp = startApp;` at module top level: handed to the page's other scripts (an
  // inline `<script>` of the HTML page runs it: Signal-Desktop's background.html), as an export is
  return parent?.type === 'AssignmentExpression' && reference.key === 'right' && isGlobalPropertyTarget(parent.left) && reference.parentPath?.parent?.type === 'ExpressionStatement' && reference.parentPath.parentPath?.parent?.type === 'Program';
}

/** `window.startApp`, `globalThis.init`, `self.main` (not computed): a property of the global object. */
function isGlobalPropertyTarget(left: Node): boolean {
  return left.type === 'MemberExpression' && !left.computed && left.property.type === 'Identifier' && left.object.type === 'Identifier' && GLOBAL_OBJECT_NAMES.has(left.object.name);
}

/**
 * Whether the file runs or hands on a function by its name (`fn` defines it): `name()`,
 * `x.name()`, `x.name` as a value, `'name'` handed to a dispatcher, or the bare `name` anywhere.
 */
/**
 * With `objectName`, a member `x.name` counts only on that object or on `this` (`database.init`,
 * not `models.apiSpec.init()`): for a method of an object the file declares by that name.
 */
export function isNamedInFile(fn: NodePath, name: string, objectName?: string): boolean {
  const program = fn.findParent((p) => p.node.type === 'Program');
  if (!program) return true;
  // The assignment that defines it (`module.exports.showHelp = …`) is no use of it.
  const definedAt = fn.parent?.type === 'AssignmentExpression' ? fn.parent.left : null;
  const isOnObject = (object: Node): boolean => {
    if (objectName === undefined) return true;
    const value = unwrapExpression(object);
    return value.type === 'ThisExpression' || (value.type === 'Identifier' && value.name === objectName);
  };
  // Case: `ipcRenderer.on(…)` with `const { ipcRenderer } = require('electron')`: a member of another module's
  // object, not of anything this file defines (the preload's exposed `on: (channel, fn) => ipcRenderer.on(…)`)
  const isOtherModules = (object: Node, at: NodePath): boolean => {
    const value = unwrapExpression(object);
    return value.type === 'Identifier' && resolveModuleReference(at, value.name) !== null;
  };
  let used = false;
  forEachDescendant(program, (path) => {
    if (used) return false;
    const node = path.node;
    // Case: `this.$store.dispatch('LISTEN_FOR_UPDATE')`, `actions['save']`: the file names it
    if (node.type === 'StringLiteral' && node.value === name && path.key !== 'key') used = true;
    else if (node.type === 'CallExpression') {
      const callee = unwrapExpression(node.callee);
      if (callee.type === 'Identifier' && callee.name === name) used = true;
      if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === name && isOnObject(callee.object) && !isOtherModules(callee.object, path)) used = true;
    } else if (node.type === 'MemberExpression' && node !== definedAt && !node.computed && node.property.type === 'Identifier' && node.property.name === name && isOnObject(node.object) && !isOtherModules(node.object, path)) {
      // Case: `button.onclick = actions.save`, `setInterval(this.tick, 1000)`: handed on as a value
      used = true;
    } else if (node.type === 'Identifier' && node.name === name && path.key !== 'id' && path.parent?.type !== 'ObjectProperty' && path.parent?.type !== 'ObjectMethod' && path.parent?.type !== 'MemberExpression' && !path.parent?.type.startsWith('TS')) {
      // Case: `{ save }` shorthand aside, `run(save)`: the bare name used in the file (not a
      // member of a type: `declare const models: { spec: { init(): … } }`)
      used = true;
    }
    return undefined;
  });
  return used;
}
