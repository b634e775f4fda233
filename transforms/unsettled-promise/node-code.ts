/**
 * Whether a file is Node code: it imports or requires a Node built-in module. Only then may a fix
 * import from `node:events` / `node:timers/promises`; elsewhere (browser code, or code that
 * could run in both) the fix writes what every runtime has.
 */
import type { Node, Program } from '@babel/types';
import { forEachNode } from '../../src/core/traverse';
import { isNodeBuiltin } from '../../src/analysis/syntax/node-builtins';

const cache = new WeakMap<Program, boolean>();

export function isNodeCode(program: Program): boolean {
  let answer = cache.get(program);
  if (answer === undefined) cache.set(program, (answer = findNodeImport(program)));
  return answer;
}

function findNodeImport(program: Program): boolean {
  for (const statement of program.body) {
    if ((statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration') && statement.source && isNodeBuiltin(statement.source.value)) return true;
  }
  let found = false;
  forEachNode(program, (node: Node) => {
    if (found) return false;
    // Case: `require('child_process')`, `await import('node:fs')`
    if (node.type === 'CallExpression' && node.arguments.length === 1 && node.arguments[0]!.type === 'StringLiteral') {
      const isRequire = node.callee.type === 'Identifier' && node.callee.name === 'require';
      if ((isRequire || node.callee.type === 'Import') && isNodeBuiltin(node.arguments[0]!.value)) found = true;
    }
    return found ? false : undefined;
  });
  return found;
}
