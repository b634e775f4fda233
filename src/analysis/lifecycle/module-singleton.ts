/**
 * The constructor of a class whose one instance its file makes at module level — `const
 * callsWidgetWindow = new CallsWidgetWindow(); export default callsWidgetWindow;`, `export
 * default new Store()` — runs once, while the module initialises: what it acquires lives as long
 * as the process by intent, like module-level code (LEAKS.md, "Process lifetime by intent").
 * Only when the file makes no other instance (none in a function, a loop or a second `new`); the
 * class may be exported too (tests make their own). Real-world: mattermost desktop's calls
 * widget registers thirteen `ipcMain` handlers in the constructor of its module singleton.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { forEachDescendant } from '../syntax/descendants';
import type { OwnerScope } from './owner-scope';

export function isModuleSingletonConstructor(owner: OwnerScope): boolean {
  const classOwner = owner.classOwner;
  if (!classOwner || classOwner.memberName !== 'constructor' || owner.nested.length > 0) return false;
  if (owner.kind !== 'plain-class' && owner.kind !== 'disposable-class') return false;
  const classNode = classOwner.classPath.node;
  const name = classNode.type === 'ClassDeclaration' ? classNode.id?.name : null;
  const holder = classOwner.classPath.parentPath;
  const topLevel = holder?.node.type === 'Program' || ((holder?.node.type === 'ExportNamedDeclaration' || holder?.node.type === 'ExportDefaultDeclaration') && holder.parent?.type === 'Program');
  if (!name || !topLevel) return false;
  const program = classOwner.classPath.findParent((path) => path.node.type === 'Program');
  if (!program) return false;
  let atModuleLevel = 0;
  let elsewhere = 0;
  forEachDescendant(program, (path) => {
    const node = path.node;
    if (node.type !== 'NewExpression' || node.callee.type !== 'Identifier' || node.callee.name !== name) return undefined;
    if (isModuleLevelStatementValue(path)) atModuleLevel++;
    else elsewhere++;
    return undefined;
  });
  return atModuleLevel === 1 && elsewhere === 0;
}

/** `new C()` as the value of a module-level `const`/`let`/`var`, `export default`, or `module.exports =`. */
function isModuleLevelStatementValue(path: NodePath): boolean {
  let current: NodePath | null = path.parentPath;
  while (current && (current.node.type === 'TSAsExpression' || current.node.type === 'ParenthesizedExpression' || current.node.type === 'TSSatisfiesExpression')) current = current.parentPath;
  if (!current) return false;
  const node: Node = current.node;
  if (node.type === 'VariableDeclarator') {
    const declaration = current.parentPath;
    const holder = declaration?.parentPath;
    return holder?.node.type === 'Program' || (holder?.node.type === 'ExportNamedDeclaration' && holder.parent?.type === 'Program');
  }
  if (node.type === 'ExportDefaultDeclaration') return current.parent?.type === 'Program';
  if (node.type === 'AssignmentExpression') return current.parentPath?.node.type === 'ExpressionStatement' && current.parentPath.parent?.type === 'Program';
  return false;
}
