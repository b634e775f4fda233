/**
 * Whether a variable is assigned again after its declaration, anywhere in its scope: a `let`
 * or parameter that nothing reassigns holds the same value wherever it is read, so code that
 * runs later (a cleanup, a teardown hook) may read it again instead of keeping a copy.
 */
import type { LVal, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { forEachDescendant } from './descendants';
import { findBinding, getPatternIdentifiers, type Binding } from './scope';
import { findAncestorPath } from '../../core/node-helpers';

/** Identifiers written by an assignment target (`a = `, `[a, b] = `, `({ a } = `). */
function getWrittenIdentifiers(target: Node): Node[] {
  return getPatternIdentifiers(target as LVal);
}

/** `binding` is written after its declaration (`x = ...`, `x += ...`, `x++`, `[x] = ...`, `for (x of ...)`). `at` is a path inside its scope. */
export function isReassigned(binding: Binding, at: NodePath): boolean {
  if (binding.kind === 'const' || binding.kind === 'import' || binding.kind === 'using') return false;
  const scope = findAncestorPath(at, binding.scope);
  if (!scope) return true;
  // The answer depends on the binding's scope alone (a lookup from inside it stops at the binding
  // or a closer declaration of the name): asked about once per binding.
  const known = reassigned.get(binding);
  if (known !== undefined) return known;
  const written = isWrittenIn(scope, binding);
  reassigned.set(binding, written);
  return written;
}

const reassigned = new WeakMap<Binding, boolean>();

function isWrittenIn(scope: NodePath, binding: Binding): boolean {
  let written = false;
  forEachDescendant(scope, (path) => {
    if (written) return false;
    const node = path.node;
    let targets: Node[] = [];
    // Case: `x = 1`, `x ||= y`, `[x] = pair`
    if (node.type === 'AssignmentExpression') targets = getWrittenIdentifiers(node.left);
    // Case: `x++`, `--x`
    else if (node.type === 'UpdateExpression') targets = [node.argument];
    // Case: `for (x of list)` without a declaration
    else if ((node.type === 'ForOfStatement' || node.type === 'ForInStatement') && node.left.type !== 'VariableDeclaration') targets = getWrittenIdentifiers(node.left);
    for (const target of targets) {
      if (target.type === 'Identifier' && target.name === binding.name && findBinding(path, target.name) === binding) written = true;
    }
    return undefined;
  });
  return written;
}
