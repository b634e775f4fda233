/**
 * Whether a function is the program's entry point, run once for the life of the process: a
 * `main` / `bootstrap` / `start` / `run` / `init` function declared at module top level, not
 * exported, and referenced exactly once, by a call at module top level outside any loop
 * (`main();`, `void bootstrap();`, `main().catch(exit)`, `if (require.main === module) main()`).
 * What it acquires directly lives as long as the process (docs/catalog.md, "Process lifetime by
 * intent").
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { findBindingReferences } from './binding-references';
import { isFunctionNode, findBinding } from './scope';

const ENTRY_NAMES = new Set(['main', 'bootstrap', 'start', 'run', 'init']);
const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** The declared name of `fn` when it is declared at module top level and not exported. */
function getTopLevelName(fn: NodePath): { name: string; at: NodePath } | null {
  const node = fn.node;
  // Case: `function main() {}`, `async function bootstrap() {}`
  if (node.type === 'FunctionDeclaration') {
    return node.id && fn.parent?.type === 'Program' ? { name: node.id.name, at: fn } : null;
  }
  // Case: `const main = async () => {}`, `const init = function () {}`
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') {
    const declarator = fn.parentPath;
    const declaration = declarator?.parentPath;
    if (declarator?.node.type !== 'VariableDeclarator' || fn.key !== 'init' || declarator.node.id.type !== 'Identifier') return null;
    if (declaration?.node.type !== 'VariableDeclaration' || declaration.node.kind !== 'const' || declaration.parent?.type !== 'Program') return null;
    return { name: declarator.node.id.name, at: fn };
  }
  return null;
}

/** The call runs when the module runs, once: no function or loop lies between it and the Program. */
function isCalledOnceAtTopLevel(reference: NodePath): boolean {
  const call = reference.parentPath;
  if (!call || call.node.type !== 'CallExpression' || reference.key !== 'callee') return false;
  for (let current: NodePath | null = call.parentPath; current; current = current.parentPath) {
    const node: Node = current.node;
    if (node.type === 'Program') return true;
    if (isFunctionNode(node) || LOOP_TYPES.has(node.type) || node.type === 'ClassBody') return false;
  }
  return false;
}

export function isRunOnceEntryFunction(fn: NodePath): boolean {
  const declared = getTopLevelName(fn);
  if (!declared || !ENTRY_NAMES.has(declared.name)) return false;
  const binding = findBinding(declared.at.parentPath ?? declared.at, declared.name);
  if (!binding || binding.scope.type !== 'Program') return false;
  const references = findBindingReferences(declared.at, binding);
  return references.length === 1 && isCalledOnceAtTopLevel(references[0]!);
}
