/**
 * Exported setup functions: `export function setupPrimary() { … }`, `export const init = async ()
 * => { … }`, CommonJS `exports.registerListeners = function () { … }`, and a setup-named method of
 * an exported object (`export default { init() { … } }`, `export const database = { init: async
 * () => { … } }`), that nothing in their own file calls. What they acquire directly is set up
 * once, by intent, by whichever importer starts the program (docs/catalog.md "Lifetime by
 * intent"): listener-cleanup reports what they add at `medium`.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
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
