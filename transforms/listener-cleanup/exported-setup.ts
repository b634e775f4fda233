/**
 * Exported setup functions: `export function setupPrimary() { … }`, `export const init = async ()
 * => { … }`, CommonJS `exports.registerListeners = function () { … }`, and a setup-named method of
 * an exported object (`export default { init() { … } }`, `export const database = { init: async
 * () => { … } }`), that nothing in their own file calls. What they acquire directly is set up
 * once, by intent, by whichever importer starts the program (docs/catalog.md "Lifetime by
 * intent"): listener-cleanup reports what they add at `medium`.
 *
 * A browser script's revealing module is exported the same way: `App.search = (function () {
 * function init() { … } return { init: init }; })()` (also `var search = (function () { … })()`
 * at top level, and `return { init: function () { … } }`) puts the setup function on a
 * namespace other scripts call it through (`App.search.init()`, from the page's startup).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { isValueWrapper } from '../../src/core/node-helpers';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { findBinding } from '../../src/analysis/syntax/scope';
import { getDefinedName, isCommonJsExports } from '../../src/analysis/syntax/function-name';
import { isNamedInFile } from '../../src/analysis/syntax/run-from-elsewhere';

/** `setup…`, `init…`, `install…`, `bootstrap…`, `register…` (then an upper-case letter, `_` or the end). */
const SETUP_NAME = /^(?:setup|setUp|init|initiali[sz]e|install|bootstrap|register)(?:[A-Z_$]|$)/;

/**
 * `fn` is an exported function whose name says it sets something up once, and nothing in its
 * file calls it: only its importers know how often it runs, and a setup function runs once by
 * intent.
 */
export function isExportedSetupFunction(fn: NodePath): boolean {
  // Case: `export default { init() { window.addEventListener('offline', warn) } }` (also `module.exports = {…}`,
  // `export const database = { init: async () => { ipcMain.on(…) } }`): a setup method of an exported object.
  const member = fn.node.type === 'ObjectMethod' ? fn : fn.parent?.type === 'ObjectProperty' && fn.key === 'value' ? fn.parentPath : null;
  if (member && isSetupMethodOfExportedObject(member)) {
    const method = ((member.node as { key: Node }).key as { name: string }).name;
    const holder = member.parentPath?.parent;
    // Case: `export const database = { init… }`: only `database.init` or `this.init` is a use here, not `models.apiSpec.init()`.
    const objectName = holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' ? holder.id.name : null;
    return !isNamedInFile(fn, method, objectName ?? undefined);
  }
  // Case: `App.search = (function () { function init() { … } return { init: init }; })()`
  const revealed = getRevealedSetupName(fn);
  if (revealed) return !isRunInModule(revealed.module, fn, revealed.name, revealed.moduleName);
  // Case: `function initApp()`, `const initApp = () =>`, CommonJS `exports.registerListeners = function () { … }` (`module.exports.x = …`).
  const defined = getDefinedName(fn);
  const commonJs = defined?.kind === 'assigned' && defined.commonJsExport;
  const name = defined?.kind === 'binding' || commonJs ? defined!.name : null;
  if (!name || !SETUP_NAME.test(name)) return false;
  const exported = commonJs || fn.parent?.type === 'ExportNamedDeclaration' || fn.parent?.type === 'ExportDefaultDeclaration' || fn.parentPath?.parentPath?.parent?.type === 'ExportNamedDeclaration';
  if (!exported) return false;
  return !isNamedInFile(fn, name);
}

/**
 * `init() {…}` / `init: async () => {…}` (a setup name) directly in `export default {…}`,
 * `module.exports = {…}` or `export const database = {…}`.
 */
function isSetupMethodOfExportedObject(member: NodePath): boolean {
  const { key, computed } = member.node as { key?: Node; computed?: boolean };
  if (computed || !key || key.type !== 'Identifier' || !SETUP_NAME.test(key.name)) return false;
  const object = member.parentPath;
  if (object?.node.type !== 'ObjectExpression') return false;
  const holder = object.parent;
  if (holder?.type === 'ExportDefaultDeclaration') return true;
  // Case: `export const database = { init: … }`
  if (holder?.type === 'VariableDeclarator' && object.key === 'init') return object.parentPath?.parentPath?.parent?.type === 'ExportNamedDeclaration';
  return holder?.type === 'AssignmentExpression' && isCommonJsExports(holder.left) && holder.left.type === 'MemberExpression';
}

/** `(function () { … })()`: the function is the callee of a call right where it is written; the call, else `null`. */
function getInvocation(fn: NodePath): NodePath | null {
  let current = fn;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  return current.key === 'callee' && current.parent?.type === 'CallExpression' ? current.parentPath : null;
}

/**
 * The module function's result is kept where other code reaches it: `App.x = …`, `x = …`, a
 * top-level `var x = …`. The name it is kept under when that is a plain name (`''` for a member), else `null`.
 */
function getPublishedModuleName(module: NodePath): string | null {
  const call = getInvocation(module);
  if (!call) return null;
  let current = call;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  const holder = current.parentPath?.node;
  if (holder?.type === 'AssignmentExpression') return current.key === 'right' && holder.operator === '=' ? (holder.left.type === 'Identifier' ? holder.left.name : '') : null;
  const top = holder?.type === 'VariableDeclarator' && current.key === 'init' && current.parentPath?.parentPath?.parentPath?.node.type === 'Program';
  return top && holder.id.type === 'Identifier' ? holder.id.name : null;
}

/** The object a module function's body returns directly (`return { init: init };`), with the function. */
function getReturnedObjects(module: NodePath): Node[] {
  const body = (module.node as { body?: Node }).body;
  if (body?.type !== 'BlockStatement') return [];
  return body.body.flatMap((statement) => (statement.type === 'ReturnStatement' && statement.argument?.type === 'ObjectExpression' ? [statement.argument] : []));
}

/**
 * The setup name `fn` is revealed under by a published module function (isPublishedModule): a
 * declaration of its body returned by name (`function init() {}` … `return { init: init }`), or a
 * method of the object it returns (`return { init: function () {} }`, `return { init() {} }`).
 */
function getRevealedSetupName(fn: NodePath): { name: string; moduleName: string; module: NodePath } | null {
  // Case: `return { init: function init() { … } }`, `return { init() { … } }`
  const member = fn.node.type === 'ObjectMethod' ? fn : fn.parent?.type === 'ObjectProperty' && fn.key === 'value' ? fn.parentPath : null;
  if (member) {
    const { key, computed } = member.node as { key?: Node; computed?: boolean };
    if (computed || key?.type !== 'Identifier' || !SETUP_NAME.test(key.name)) return null;
    const returned = member.parentPath;
    const statement = returned?.parentPath;
    const module = statement?.parentPath?.parentPath;
    if (returned?.node.type !== 'ObjectExpression' || statement?.node.type !== 'ReturnStatement' || !module || (module.node.type !== 'FunctionExpression' && module.node.type !== 'ArrowFunctionExpression')) return null;
    const moduleName = getPublishedModuleName(module);
    return moduleName === null ? null : { name: key.name, moduleName, module };
  }
  // Case: `function init() { … }` in the module function's body, `return { init: init }`
  if (fn.node.type !== 'FunctionDeclaration' || !fn.node.id || !SETUP_NAME.test(fn.node.id.name)) return null;
  const name = fn.node.id.name;
  const module = fn.parentPath?.node.type === 'BlockStatement' ? fn.parentPath.parentPath : null;
  if (!module || (module.node.type !== 'FunctionExpression' && module.node.type !== 'ArrowFunctionExpression')) return null;
  const moduleName = getPublishedModuleName(module);
  if (moduleName === null) return null;
  const revealed = getReturnedObjects(module).some((object) =>
    (object as { properties: Node[] }).properties.some((property) => property.type === 'ObjectProperty' && !property.computed && property.value.type === 'Identifier' && property.value.name === name && property.key.type === 'Identifier' && SETUP_NAME.test(property.key.name)),
  );
  return revealed ? { name, moduleName, module } : null;
}

/**
 * The module runs or hands on its setup function itself: `init()` or `run(init)` (the same
 * binding, not the returned `{ init: init }`), `this.init()`, or its own name's `panel.init()`.
 * `App.tools.init()` is another module's.
 */
function isRunInModule(module: NodePath, fn: NodePath, name: string, moduleName: string): boolean {
  const declared = fn.node.type === 'FunctionDeclaration' ? fn.node.id : null;
  let used = false;
  forEachDescendant(module, (path) => {
    if (used) return false;
    const node = path.node;
    if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === name) {
      const object = node.object;
      if (object.type === 'ThisExpression' || (object.type === 'Identifier' && moduleName !== '' && object.name === moduleName)) used = true;
      return undefined;
    }
    if (!declared || node.type !== 'Identifier' || node.name !== name || node === declared) return undefined;
    const parent = path.parent;
    // `{ init: init }` reveals it; `x.init`, `{ init: … }` keys are names, not uses
    if ((parent?.type === 'ObjectProperty' && path.key === 'key') || (parent?.type === 'MemberExpression' && path.key === 'property' && !parent.computed)) return undefined;
    const returned = path.parentPath?.parentPath;
    if (parent?.type === 'ObjectProperty' && path.key === 'value' && returned && getReturnedObjects(module).includes(returned.node)) return undefined;
    if (findBinding(path, name)?.identifier === declared) used = true;
    return undefined;
  });
  return used;
}
