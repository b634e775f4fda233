/**
 * A callback that runs at most once for the call that takes it (also a Nuxt plugin's setup, which
 * Nuxt runs once per app, a WXT extension entry point's `main`, which runs once per page or
 * background, and an AngularJS service recipe or run/config block, which the app's injector runs
 * once: services are singletons; an AMD module's factory, which its loader runs once) — shared by the analyses that
 * ask "how often does this code run": module-init-code.ts (code registered while the module
 * initialises) and run-from-elsewhere.ts (code only other files run). A pinia setup store's
 * function is not one (`isPiniaSetupStoreFunction`: again after a `$dispose()`).
 */
import { isValueWrapper } from '../../core/node-helpers';
import type { Node, ObjectMethod, ObjectProperty } from '@babel/types';
import { forEachChildNode, type NodePath } from '../../core/traverse';
import { findBinding, isFunctionNode, isGlobalReference } from './scope';
import { findBindingReferences } from './binding-references';
import { findDescendantPath } from './descendants';
import { findProgramPath, isLoopType } from '../../core/node-helpers';
import { isReassigned } from './binding-writes';
import { resolveModuleReference } from './module-reference';
import { getNodeSocketFactoryModule } from './node-socket';
import { getJQueryWrapped } from './jquery-wrapper';
import { getPropertyName, unwrapExpression } from './expressions';

const ONE_TIME_EVENTS: ReadonlySet<string> = new Set(['load', 'DOMContentLoaded']);

/** Global functions that call their first argument once, later. */
const ONE_SHOT_SCHEDULERS: ReadonlySet<string> = new Set(['setTimeout', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback']);

/**
 * `fn` is a callback that runs at most once for the call that takes it: a promise reaction
 * (`.then(fn)`, `.catch(fn)`, `.finally(fn)`), a step of an nthen sequence (`nThen(fn).nThen(fn)`), a `once(…)` listener, the connect listener of
 * Node's `net.connect(port, fn)` / `tls.connect(…, fn)` (a `once('connect')`), or a listener of the page's
 * one-time `load` / `DOMContentLoaded` events or one added with `{ once: true }`, or the page's load handler `window.onload = fn` — so code in it,
 * registered while the module initialises, runs once too (koel's `window.addEventListener('load',
 * () => sw.register(…).then((reg) => setInterval(() => reg.update(), HOUR)))`).
 */
export function isRunOnceCallback(fn: NodePath, depth = 0): boolean {
  if (isWxtEntryMain(fn)) return true;
  let current = fn;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  // Case: `window.onload = (event) => { ipcRenderer.on(…); }`: the page's load handler, run once per page
  if (current.parentPath?.node.type === 'AssignmentExpression') return isOnloadAssignment(current);
  // Case: `.run(['$rootScope', function ($rootScope) { … }])`: AngularJS's inline-annotated recipe
  if (current.parentPath?.node.type === 'ArrayExpression') return isAnnotatedAngularJsRecipe(current);
  const call = current.parentPath?.node;
  if (!call || (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') || current.key === 'callee') return false;
  const callee = call.callee;
  // Case: `setTimeout(() => { ws = connect(); setInterval(ping, 1000); }, 0)`: a global one-shot scheduler runs it once
  if (callee.type === 'Identifier') {
    // Case: `docReady(() => …)` of the file's own `function docReady(fn) { if (ready) setTimeout(fn, 1); else document.addEventListener('DOMContentLoaded', fn); }`
    if (current.key === 'arguments' && depth < MAX_HELPER_DEPTH && isLocalRunOnceHelper(current, callee.name, current.index ?? -1, depth)) return true;
    // Case: `addEventListener('DOMContentLoaded', init)`: the page's own listener, written without `window.`
    if (callee.name === 'addEventListener' && current.key === 'arguments' && current.index === 1) return isGlobalReference(current, callee.name) && isOneTimeListener(call);
    // Case: `define('forum/page', ['hooks'], function (hooks) { … })`, `require(['hooks'], (hooks) => { … })`: an AMD loader runs a module's factory once (modules are singletons), and a require callback once its modules load
    if (current.key === 'arguments' && isAmdCallback(current, call, callee.name)) return true;
    if (current.key !== 'arguments' || current.index !== 0) return false;
    // Case: `nThen(function (waitFor) { … })`: the first step of the nthen flow-control library's sequence, run once (see `.nThen` below)
    if (callee.name === 'nThen') return true;
    // Case: `export default defineNuxtPlugin(() => { … })`: Nuxt runs a plugin once per app
    if (callee.name === 'defineNuxtPlugin') return isFrameworkAutoImport(current, callee.name, NUXT_SOURCES);
    // Case: `jQuery(async function () { … })`, `$(() => { … })`: jQuery's shorthand for the document's ready event, once per page
    if ((callee.name === '$' || callee.name === 'jQuery') && call.arguments.length === 1) return isJQueryFunction(current, callee.name);
    return ONE_SHOT_SCHEDULERS.has(callee.name) && isGlobalReference(current, callee.name);
  }
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed || callee.property.type !== 'Identifier') return false;
  const method = callee.property.name;
  // Case: `process.nextTick(() => { … })`
  if (method === 'nextTick' && current.key === 'arguments' && current.index === 0 && callee.object.type === 'Identifier' && callee.object.name === 'process' && isGlobalReference(current, 'process')) return true;
  if (method === 'then' || method === 'catch' || method === 'finally' || method === 'once') return true;
  // Case: `nThen(function (w) { … }).nThen(function (w) { … })`: the nthen library (npm `nthen`) runs
  // each step of its sequence once, after the callbacks the previous step handed out called back
  // (cryptpad's server start-up and page bootstraps are written this way)
  if (method === 'nThen' && current.key === 'arguments' && current.index === 0) return true;
  // Case: Electron's `app.on('ready', async () => { … })`: the app is ready once
  if (method === 'on' && isElectronAppReady(current, call)) return true;
  // Case: `net.connect(port, () => { … })`: Node adds the last callback as a `once('connect')` listener of the new socket
  if (isNodeSocketConnect(current, call)) return true;
  // Case: `const d = domain.create(); d.run(() => { … })`: Node's domain runs the function once, right away
  if (method === 'run' && current.key === 'arguments' && current.index === 0 && isNodeDomain(current, callee.object)) return true;
  // Case: `Meteor.startup(() => { … })`, jQuery's `$(document).ready(() => { … })`: once per page
  if (method === 'startup' && callee.object.type === 'Identifier' && callee.object.name === 'Meteor') return true;
  if (method === 'ready' && isJQueryDocument(callee.object)) return true;
  // Case: `angular.module('app').factory('Store', function () { … })`, `.run(['$rootScope', function ($rootScope) { … }])`: once per app
  if (ANGULARJS_RECIPES.has(method)) return isAngularJsRecipe(current, call, method);
  return method === 'addEventListener' && isOneTimeListener(call);
}

/**
 * `fn` is the factory of an AMD module or the callback of an AMD `require`: the last argument of
 * the global `define` after an optional module id (a string) and dependency list (an array),
 * or the second argument of the global `require` / `requirejs` after a dependency array
 * (CommonJS `require` takes a string, never an array). The loader calls each once.
 */
function isAmdCallback(fn: NodePath, call: Node, name: string): boolean {
  if (call.type !== 'CallExpression' || fn.index !== call.arguments.length - 1 || !isGlobalReference(fn, name)) return false;
  const leading = call.arguments.slice(0, -1);
  if (name === 'define') {
    if (leading.length > 2) return false;
    const [first, second] = leading;
    if (leading.length === 2) return first!.type === 'StringLiteral' && second!.type === 'ArrayExpression';
    return first === undefined || first.type === 'StringLiteral' || first.type === 'ArrayExpression';
  }
  return (name === 'require' || name === 'requirejs') && leading.length === 1 && leading[0]!.type === 'ArrayExpression';
}

/**
 * AngularJS module methods whose function the injector calls once per app: a service's recipe
 * (`factory`, `service`, `provider`: every service is a singleton) and the module's `run` /
 * `config` blocks. Not `controller`, `directive`'s link functions or `component`: per instance.
 */
const ANGULARJS_RECIPES: ReadonlySet<string> = new Set(['factory', 'service', 'provider', 'run', 'config']);

/**
 * `fn` is the function (or the last element of an inline-annotated array `['$http', fn]`) given
 * to `method` — after the service's name for a recipe, alone for `run` / `config` — of an
 * AngularJS module: `angular.module(…)` (the global `angular` or the `angular` package's default
 * export), maybe through a chain of such calls or a variable it was stored in.
 */
function isAngularJsRecipe(at: NodePath, call: Node, method: string): boolean {
  if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return false;
  const index = method === 'run' || method === 'config' ? 0 : 1;
  let argument = at;
  const array = at.parentPath;
  // Case: `['$rootScope', function ($rootScope) { … }]`: the function is the array's last element
  if (array?.node.type === 'ArrayExpression' && array.node.elements.at(-1) === at.node) {
    argument = array;
    while (argument.parentPath && isValueWrapper(argument.parentPath.node)) argument = argument.parentPath;
  }
  if (argument.parentPath?.node !== call || argument.key !== 'arguments' || argument.index !== index || call.arguments.length !== index + 1) return false;
  return isAngularJsModule(argument, call.callee.object, 0);
}

/** `fn`, the last element of an array, is the function of an inline-annotated AngularJS recipe or run/config block. */
function isAnnotatedAngularJsRecipe(fn: NodePath): boolean {
  let array = fn.parentPath!;
  if ((array.node as { elements: Node[] }).elements.at(-1) !== fn.node) return false;
  while (array.parentPath && isValueWrapper(array.parentPath.node)) array = array.parentPath;
  const call = array.parentPath?.node;
  if (call?.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || call.callee.computed || call.callee.property.type !== 'Identifier') return false;
  return ANGULARJS_RECIPES.has(call.callee.property.name) && isAngularJsRecipe(fn, call, call.callee.property.name);
}

/** `angular.module('x', [])`, `angular.module('x').factory(…)` (chained), or a `const` that holds one. */
function isAngularJsModule(at: NodePath, node: Node, depth: number): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') {
    const binding = findBinding(at, value.name);
    const declaration = binding?.declaration;
    if (depth > 0 || binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || !declaration.init) return false;
    return isAngularJsModule(at, declaration.init, depth + 1);
  }
  if (value.type !== 'CallExpression' || value.callee.type !== 'MemberExpression' || value.callee.computed || value.callee.property.type !== 'Identifier') return false;
  const object = unwrapExpression(value.callee.object);
  if (value.callee.property.name === 'module') return object.type === 'Identifier' && object.name === 'angular' && isAngularJsGlobal(at);
  return isAngularJsModule(at, object, depth);
}

/** `angular`: the page's global, or imported from the `angular` package. */
function isAngularJsGlobal(at: NodePath): boolean {
  if (isGlobalReference(at, 'angular')) return true;
  const reference = resolveModuleReference(at, 'angular');
  return reference !== null && reference.source === 'angular' && (reference.imported === 'default' || reference.imported === '*');
}

/** `addEventListener('DOMContentLoaded', fn)`, `addEventListener('load', fn)`, `addEventListener(type, fn, { once: true })`: the listener runs once. */
function isOneTimeListener(call: Node): boolean {
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return false;
  const [event, , options] = call.arguments;
  if (event?.type === 'StringLiteral' && ONE_TIME_EVENTS.has(event.value)) return true;
  return (
    options?.type === 'ObjectExpression' &&
    options.properties.some((property) => property.type === 'ObjectProperty' && !property.computed && property.key.type === 'Identifier' && property.key.name === 'once' && property.value.type === 'BooleanLiteral' && property.value.value)
  );
}

const MAX_HELPER_DEPTH = 2;
const runOnceParameters = new WeakMap<Node, Map<number, boolean>>();

/**
 * `name` is a function declared in the file whose parameter `index` it only hands to what runs
 * it once (`setTimeout(fn, 1)`, a `DOMContentLoaded` listener, another such helper), or calls
 * itself where that runs once per call of the helper (see `isCalledOncePerCall`), once, or once in
 * each branch of one `if … else`: Joplin's plugin webview's `docReady(fn)`, mastodon's embed
 * script's `var ready = function (loaded) { if (document.readyState === 'complete') loaded();
 * else document.addEventListener('readystatechange', function () { if (document.readyState ===
 * 'complete') loaded(); }); }`. A `var` or `let` of the function counts when nothing reassigns it.
 */
function isLocalRunOnceHelper(at: NodePath, name: string, index: number, depth: number): boolean {
  if (index < 0) return false;
  const binding = findBinding(at, name);
  if (!binding) return false;
  const declaration = binding.declaration;
  const init = declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier && declaration.init && isFunctionNode(declaration.init) ? declaration.init : null;
  const fn = declaration.type === 'FunctionDeclaration' ? declaration : init && (binding.kind === 'const' || ((binding.kind === 'var' || binding.kind === 'let') && !isReassigned(binding, at))) ? init : null;
  if (!fn) return false;
  const cached = runOnceParameters.get(fn)?.get(index);
  if (cached !== undefined) return cached;
  let answer = false;
  const param = (fn as { params: Node[] }).params[index];
  const root = findProgramPath(at);
  const fnPath = param?.type === 'Identifier' && root ? findDescendantPath(root, fn) : null;
  const paramPath = fnPath && param ? findDescendantPath(fnPath, param) : null;
  const paramBinding = paramPath && param?.type === 'Identifier' ? findBinding(paramPath, param.name) : null;
  if (fnPath && paramBinding) {
    const references = findBindingReferences(fnPath, paramBinding);
    const once = references.every((reference) => isRunOnceCallback(reference, depth + 1) || isCalledOncePerCall(reference, fnPath, depth));
    answer = once && (references.length === 1 || (references.length === 2 && areExclusiveBranches(references[0]!, references[1]!)));
  }
  let byIndex = runOnceParameters.get(fn);
  if (!byIndex) runOnceParameters.set(fn, (byIndex = new Map()));
  byIndex.set(index, answer);
  return answer;
}

/**
 * `reference` (a parameter of the helper `fnPath`) is called — `loaded()` — where that runs at
 * most once per call of the helper: in its body outside every loop, or in a function of it that
 * runs once (a run-once callback, or the document's `readystatechange` listener when the call
 * sits under a test `document.readyState === 'complete'`, a state the page reaches once).
 */
function isCalledOncePerCall(reference: NodePath, fnPath: NodePath, depth: number): boolean {
  const call = reference.parentPath;
  if (!call || reference.key !== 'callee' || call.node.type !== 'CallExpression') return false;
  let underCompleteTest = false;
  for (let child: NodePath = call, current = call.parentPath; current; child = current, current = current.parentPath) {
    const node = current.node;
    if (node === fnPath.node) return true;
    if (isLoopType(node.type)) return false;
    if (node.type === 'IfStatement' && child.key === 'consequent' && isDocumentCompleteTest(node.test, current)) underCompleteTest = true;
    if (isFunctionNode(node)) {
      if (!isRunOnceCallback(current, depth + 1) && !(underCompleteTest && isDocumentReadyStateListener(current))) return false;
      underCompleteTest = false;
    }
  }
  return false;
}

/** `document.readyState === 'complete'` (either side, `==` too) of the global `document`. */
function isDocumentCompleteTest(test: Node, at: NodePath): boolean {
  const node = unwrapExpression(test);
  if (node.type !== 'BinaryExpression' || (node.operator !== '===' && node.operator !== '==')) return false;
  const sides = [unwrapExpression(node.left as Node), unwrapExpression(node.right)];
  const state = sides.find((side) => side.type === 'MemberExpression' && !side.computed && side.object.type === 'Identifier' && side.object.name === 'document' && side.property.type === 'Identifier' && side.property.name === 'readyState');
  return state !== undefined && sides.some((side) => side.type === 'StringLiteral' && side.value === 'complete') && isGlobalReference(at, 'document');
}

/** `fn` is the listener of the global `document.addEventListener('readystatechange', fn)`. */
function isDocumentReadyStateListener(fn: NodePath): boolean {
  let current = fn;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  const call = current.parentPath?.node;
  if (call?.type !== 'CallExpression' || current.key !== 'arguments' || current.index !== 1) return false;
  const callee = call.callee;
  const [event] = call.arguments;
  return (
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.property.type === 'Identifier' &&
    callee.property.name === 'addEventListener' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'document' &&
    isGlobalReference(current, 'document') &&
    event?.type === 'StringLiteral' &&
    event.value === 'readystatechange'
  );
}

/** `a` and `b` lie in the two branches of one `if … else` (or one `test ? a : b`): one of them runs. */
export function areExclusiveBranches(a: NodePath, b: NodePath): boolean {
  const branchOf = (path: NodePath): Map<Node, string> => {
    const branches = new Map<Node, string>();
    for (let current: NodePath | null = path; current?.parentPath; current = current.parentPath) {
      const parent = current.parentPath.node.type;
      if ((parent === 'IfStatement' || parent === 'ConditionalExpression') && (current.key === 'consequent' || current.key === 'alternate')) branches.set(current.parentPath.node, current.key);
    }
    return branches;
  };
  const first = branchOf(a);
  for (const [statement, key] of branchOf(b)) if (first.has(statement) && first.get(statement) !== key) return true;
  return false;
}

/** WXT's entry point definitions: each `main` runs once per page (content script, unlisted script) or per background. */
const WXT_ENTRY_POINTS: ReadonlySet<string> = new Set(['defineContentScript', 'defineUnlistedScript', 'defineBackground']);
const WXT_SOURCES: readonly string[] = ['wxt/sandbox', 'wxt/client', 'wxt/utils/define-content-script', 'wxt/utils/define-unlisted-script', 'wxt/utils/define-background', '#imports'];

/**
 * `fn` is the `main` of a WXT entry point: `defineUnlistedScript(() => { … })`,
 * `defineBackground(() => { … })`, or the `main` of the object given to `defineContentScript({
 * matches, main(ctx) { … } })` (openreplay's spot extension). WXT runs it once per page or per
 * background, so what it registers lives as long as the page.
 */
function isWxtEntryMain(fn: NodePath): boolean {
  let current = fn;
  // Case: `{ main(ctx) { … } }` (the method) or `{ main: async () => { … } }` (the property holding the function)
  const property = fn.node.type === 'ObjectMethod' ? fn : fn.key === 'value' && fn.parentPath?.node.type === 'ObjectProperty' ? fn.parentPath : null;
  if (property) {
    const member = property.node as ObjectMethod | ObjectProperty;
    if (member.computed || member.key.type !== 'Identifier' || member.key.name !== 'main' || !property.parentPath) return false;
    current = property.parentPath;
  }
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  const call = current.parentPath?.node;
  if (!call || call.type !== 'CallExpression' || current.key !== 'arguments' || current.index !== 0) return false;
  if (call.callee.type !== 'Identifier' || !WXT_ENTRY_POINTS.has(call.callee.name)) return false;
  return isFrameworkAutoImport(current, call.callee.name, WXT_SOURCES);
}

/** `$(document)`, `jQuery(document)`. */
function isJQueryDocument(node: Node): boolean {
  const wrapped = getJQueryWrapped(node);
  return wrapped?.type === 'Identifier' && wrapped.name === 'document';
}

/** `fn` is the last argument of `net.connect(…)` / `tls.connect(…)` / `net.createConnection(…)` (syntax/node-socket.ts): the connect listener. */
function isNodeSocketConnect(at: NodePath, call: Node): boolean {
  if (call.type !== 'CallExpression' || at.key !== 'arguments' || at.index !== call.arguments.length - 1 || call.arguments.length < 2) return false;
  const module = getNodeSocketFactoryModule(call, at);
  return module === 'net' || module === 'tls';
}

/**
 * `d` in `d.run(fn)`: a `const` / unreassigned `var` holding `domain.create()` of Node's `domain`
 * module (`require('domain')`, `import domain from 'node:domain'`), or that call itself.
 */
function isNodeDomain(at: NodePath, target: Node): boolean {
  let value = unwrapExpression(target);
  if (value.type === 'Identifier') {
    const binding = findBinding(at, value.name);
    const declaration = binding?.declaration;
    if (!binding || (binding.kind !== 'const' && binding.kind !== 'var' && binding.kind !== 'let') || declaration?.type !== 'VariableDeclarator' || !declaration.init || isReassigned(binding, at)) return false;
    value = unwrapExpression(declaration.init);
  }
  if (value.type !== 'CallExpression' || value.arguments.length !== 0 || value.callee.type !== 'MemberExpression' || value.callee.computed) return false;
  const { object, property } = value.callee;
  if (property.type !== 'Identifier' || property.name !== 'create' || object.type !== 'Identifier') return false;
  const reference = resolveModuleReference(at, object.name);
  return reference !== null && reference.source === 'domain' && (reference.imported === '*' || reference.imported === 'default');
}

/** `app.on('ready', fn)` on the `app` of `electron` (imported or required, any local name). */
function isElectronAppReady(at: NodePath, call: Node): boolean {
  if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return false;
  const [event] = call.arguments;
  if (event?.type !== 'StringLiteral' || event.value !== 'ready') return false;
  return isElectronApp(at, call.callee.object, false);
}

/** Where Electron's main-process `app` comes from. */
const ELECTRON_APP_MODULES: ReadonlySet<string> = new Set(['electron', 'electron/main']);

/**
 * `node` is Electron's `app`: imported or required by that name (`const { app } = require('electron')`),
 * the `app` member of the module itself (`electron.app` with `const electron = require('electron')`,
 * `import * as electron from 'electron'`), or a top-level `const` alias of either (`const main =
 * electron.app`). A `let` alias, or an alias of an alias, is not followed.
 */
function isElectronApp(at: NodePath, node: Node, aliased: boolean): boolean {
  const target = unwrapExpression(node);
  // Case: `electron.app.on('ready', …)`
  if (target.type === 'MemberExpression' && !target.computed && getPropertyName(target) === 'app') {
    const object = unwrapExpression(target.object);
    if (object.type !== 'Identifier') return false;
    const reference = resolveModuleReference(at, object.name);
    return reference !== null && ELECTRON_APP_MODULES.has(reference.source) && (reference.imported === '*' || reference.imported === 'default');
  }
  if (target.type !== 'Identifier') return false;
  const reference = resolveModuleReference(at, target.name);
  if (reference) return ELECTRON_APP_MODULES.has(reference.source) && reference.imported === 'app';
  if (aliased) return false;
  // Case: `const main = electron.app;` at the top of the file, then `main.on('ready', …)`
  const binding = findBinding(at, target.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || binding.scope.type !== 'Program' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  return isElectronApp(at, declaration.init, true);
}

const NUXT_SOURCES: readonly string[] = ['#app', '#imports', 'nuxt/app'];
/**
 * `fn` is a pinia setup store's function (`export const useTagsStore = defineStore('tags', () => { … })`,
 * `defineStore` from pinia or auto-imported): pinia runs it on the store's first use, once per
 * app — unless the app disposes the store (`store.$dispose()`, often at sign-out, in another
 * file) and uses it again, which runs it again. Not a run-once callback, then (what it registers
 * is still reported), but no evidence that its code repeats either (shown-repetition.ts).
 */
export function isPiniaSetupStoreFunction(fn: NodePath): boolean {
  if (!isFunctionNode(fn.node)) return false;
  let current = fn;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  const call = current.parentPath?.node;
  if (!call || call.type !== 'CallExpression' || current.key !== 'arguments' || current.index !== 1) return false;
  return call.callee.type === 'Identifier' && call.callee.name === 'defineStore' && isFrameworkAutoImport(current, 'defineStore', PINIA_SOURCES);
}

/** Where pinia's `defineStore` comes from: the package, or Nuxt's auto-imports (@pinia/nuxt). */
const PINIA_SOURCES: readonly string[] = ['pinia', '#imports'];
/** jQuery and the libraries that copy its `$(fn)` ready shorthand. */
const JQUERY_SOURCES: readonly string[] = ['jquery', 'cash-dom', 'zepto'];

/** `$` / `jQuery` as the page's global, or imported from jQuery (`import $ from 'jquery'`, `const $ = require('jquery')`). */
function isJQueryFunction(at: NodePath, name: string): boolean {
  if (isGlobalReference(at, name)) return true;
  const reference = resolveModuleReference(at, name);
  return reference !== null && (reference.imported === 'default' || reference.imported === '*' || reference.imported === name) && JQUERY_SOURCES.includes(reference.source);
}

/** A framework's function (Nuxt's `defineNuxtPlugin`, WXT's `defineContentScript`): auto-imported (no binding in the file), or imported by its name from one of `sources`. */
function isFrameworkAutoImport(at: NodePath, name: string, sources: readonly string[]): boolean {
  if (isGlobalReference(at, name)) return true;
  const reference = resolveModuleReference(at, name);
  return reference !== null && reference.imported === name && sources.includes(reference.source);
}

/** `window.onload = fn`, `onload = fn`: the page's load handler, run once. */
export function isOnloadAssignment(reference: NodePath): boolean {
  const assignment = reference.parent;
  if (assignment?.type !== 'AssignmentExpression' || reference.key !== 'right' || assignment.operator !== '=') return false;
  const left = assignment.left;
  if (left.type === 'Identifier') return left.name === 'onload' && isGlobalReference(reference, 'onload');
  return left.type === 'MemberExpression' && getPropertyName(left) === 'onload' && left.object.type === 'Identifier' && left.object.name === 'window' && isGlobalReference(reference, 'window');
}

/** The DOM's observers: `disconnect()` stops every callback for good, until `observe()` is called again. */
const OBSERVER_METHODS: ReadonlySet<string> = new Set(['disconnect', 'takeRecords', 'unobserve']);
const DOM_OBSERVERS: ReadonlySet<string> = new Set(['MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'PerformanceObserver']);

/**
 * `fn` is the callback of a DOM observer made where it is written (`const observer = new
 * MutationObserver((records, obs) => …)`), and `at`, code in it (not in a function nested in it),
 * comes after a statement that disconnects that observer (`observer.disconnect();`, or the
 * callback's second parameter's `obs.disconnect();`) in a block that holds `at`, with no loop
 * between them, and the callback never observes again: `at` runs at most once per observer, as
 * in youtube-music's renderer, whose start-up observer waits for the player element, disconnects
 * and runs the player's set-up (a wait for an element, written as an observer). The observer must
 * be armed only where it is made: a `const` used only through its methods, each `observe(…)` in
 * the code that made it (not in a handler or a loop there), or `new MutationObserver(cb).observe(…)`.
 */
export function isAfterObserverDisconnect(fn: NodePath, at: NodePath): boolean {
  let current = fn;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  const made = current.parentPath;
  const fnNode = fn.node as { params?: Node[]; body?: Node };
  if (made?.node.type !== 'NewExpression' || current.key !== 'arguments' || current.index !== 0 || !fnNode.body) return false;
  const callee = made.node.callee;
  if (callee.type !== 'Identifier' || !DOM_OBSERVERS.has(callee.name) || !isGlobalReference(made, callee.name)) return false;
  // The names the observer goes by in its callback: the `const` it is stored in, the callback's second parameter.
  const names = new Set<string>();
  let holder = made;
  while (holder.parentPath && isValueWrapper(holder.parentPath.node)) holder = holder.parentPath;
  const declarator = holder.parentPath?.node;
  const declaration = holder.parentPath?.parentPath?.node;
  // Armed only where it is made: every use of the `const` is a call of one of its methods, and every
  // `observe(…)` runs in the code that made it (not in a handler, a function or a loop there, which
  // would arm it again after the disconnect: a `popstate` handler re-observing for the next page)
  const maker = made.findParent((path) => isFunctionNode(path.node) || path.node.type === 'Program');
  const isArmedWhereMade = (call: NodePath): boolean => {
    for (let current = call.parentPath; current; current = current.parentPath) {
      if (current === maker) return true;
      if (isFunctionNode(current.node) || isLoopType(current.node.type)) return false;
    }
    return false;
  };
  if (declarator?.type === 'VariableDeclarator' && holder.key === 'init' && declarator.id.type === 'Identifier' && declaration?.type === 'VariableDeclaration' && declaration.kind === 'const') {
    const binding = findBinding(holder, declarator.id.name);
    if (!binding) return false;
    for (const reference of findBindingReferences(holder, binding)) {
      const member = reference.parentPath;
      const call = member?.parentPath;
      if (member?.node.type !== 'MemberExpression' || reference.key !== 'object' || call?.node.type !== 'CallExpression' || member.key !== 'callee') return false;
      const method = getPropertyName(member.node);
      if (method === 'observe' ? !isArmedWhereMade(call) : !OBSERVER_METHODS.has(method ?? '')) return false;
    }
    names.add(declarator.id.name);
  } else if (!(holder.parentPath?.node.type === 'MemberExpression' && holder.key === 'object' && getPropertyName(holder.parentPath.node) === 'observe' && holder.parentPath.parentPath?.node.type === 'CallExpression')) {
    // Case: `new MutationObserver(cb).observe(el, …)`: armed once, right where it is made; stored elsewhere, it may be armed again
    return false;
  }
  const second = fnNode.params?.[1];
  if (second?.type === 'Identifier') names.add(second.name);
  if (names.size === 0) return false;
  const observerCall = (node: Node, method: string): boolean => {
    const call = node.type === 'ExpressionStatement' ? node.expression : node;
    if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return false;
    const member = call.callee;
    return (member.type === 'MemberExpression' || member.type === 'OptionalMemberExpression') && !member.computed && getPropertyName(member) === method && member.object.type === 'Identifier' && names.has(member.object.name);
  };
  // Case: `observer.observe(document.body, …)` again inside the callback: it may run past the disconnect again
  let observesAgain = false;
  forEachNodeIn(fnNode.body, (node) => {
    if (observerCall(node, 'observe')) observesAgain = true;
  });
  if (observesAgain) return false;
  let disconnected = false;
  for (let child: NodePath = at, parent = at.parentPath; parent !== fn; child = parent, parent = parent.parentPath) {
    // Not in the callback's own code, or in a loop there (each round would run it)
    if (!parent || isFunctionNode(parent.node) || isLoopType(parent.node.type)) return false;
    if (parent.node.type === 'BlockStatement' && child.key === 'body' && parent.node.body.slice(0, child.index ?? 0).some((statement) => observerCall(statement, 'disconnect'))) disconnected = true;
  }
  return disconnected;
}

/** Every node under `root`, nested functions included. */
function forEachNodeIn(root: Node, visit: (node: Node) => void): void {
  visit(root);
  forEachChildNode(root, (child) => forEachNodeIn(child, visit));
}
