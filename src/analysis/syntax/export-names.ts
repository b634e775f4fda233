/**
 * The names a function is exported under from its module: `export function f`, `export const f =
 * () => …`, `export default function`, and for a method, its class's export (`export class
 * Worker { run() {} }`). Rules ask the project whether such a name is public API of its package.
 */
import type { Function as FunctionNode, Program } from '@babel/types';
import type { NodePath } from '../../core/traverse';

export function getExportNames(fn: NodePath<FunctionNode>): string[] {
  const names: string[] = [];
  const node = fn.node as { id?: { name: string } | null };
  if (fn.parent?.type === 'ExportDefaultDeclaration') names.push('default');
  if (fn.parent?.type === 'ExportNamedDeclaration' && node.id) names.push(node.id.name);
  const declarator = fn.parent?.type === 'VariableDeclarator' ? fn.parent : null;
  if (declarator && declarator.id.type === 'Identifier' && fn.parentPath?.parentPath?.parent?.type === 'ExportNamedDeclaration') names.push(declarator.id.name);
  // Case: a method of `export class Worker {}` / `export default class {}`: the class is the export.
  if (fn.node.type === 'ClassMethod' || fn.node.type === 'ClassPrivateMethod') {
    const cls = fn.parentPath?.parentPath;
    if (cls?.node.type === 'ClassDeclaration' && cls.parent?.type === 'ExportDefaultDeclaration') names.push('default');
    if (cls?.node.type === 'ClassDeclaration' && cls.node.id && cls.parent?.type === 'ExportNamedDeclaration') names.push(cls.node.id.name);
  }
  return names;
}


/**
 * `name`, a module-level binding, is exported by a statement of its own: `export { name }`,
 * `export { name as other }` or `export default name` (the declaration forms are
 * `getExportNames`'s).
 */
export function isExportedBySpecifier(program: Program, name: string): boolean {
  return program.body.some(
    (statement) =>
      (statement.type === 'ExportNamedDeclaration' && !statement.source && statement.specifiers.some((specifier) => specifier.type === 'ExportSpecifier' && specifier.local.name === name)) ||
      (statement.type === 'ExportDefaultDeclaration' && statement.declaration.type === 'Identifier' && statement.declaration.name === name),
  );
}
