/**
 * The names a function is exported under from its module: `export function f`, `export const f =
 * () => …`, `export default function`, and for a method, its class's export (`export class
 * Worker { run() {} }`). Rules ask the project whether such a name is public API of its package.
 */
import type { Function as FunctionNode } from '@babel/types';
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

