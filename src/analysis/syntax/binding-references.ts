/**
 * Every place a variable is used: the references to one binding within its scope (inside nested
 * callbacks too), not to a shadowing binding of the same name, and not property keys or
 * member names that only share the spelling.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { findDescendantPath, forEachDescendant } from './descendants';
import { isValueReference } from '../resources/handle-usage';
import { findBinding, type Binding } from './scope';
import { findAncestorPath } from '../../core/node-helpers';

/**
 * References (reads and writes, not the declaration itself) to `binding`, in source order.
 * `at` is a path inside the binding's scope, or the path of the scope node itself or of an
 * ancestor (a callback parameter is found from the call that receives the callback).
 */
export function findBindingReferences(at: NodePath, binding: Binding): NodePath[] {
  const scope = findAncestorPath(at, binding.scope) ?? findDescendantPath(at, binding.scope);
  if (!scope) return [];
  // Rules ask about the same binding again and again (every registration whose handler is one
  // parameter); the walk is done once per binding and tree. A copy each time: callers may change it.
  let root: NodePath = scope;
  while (root.parentPath) root = root.parentPath;
  const known = memo.get(binding);
  if (known && known.root === root.node) return known.references.slice();
  const references = collectReferences(scope, binding);
  memo.set(binding, { root: root.node, references });
  return references.slice();
}

/** The references found per binding, with the root node of the tree they were found in (their paths lead up to it). */
const memo = new WeakMap<Binding, { root: Node; references: NodePath[] }>();

function collectReferences(scope: NodePath, binding: Binding): NodePath[] {
  const references: NodePath[] = [];
  forEachDescendant(scope, (path) => {
    const node = path.node;
    // Case: `res` in `res.body`, `f(res)`, `res = x`; not `{ res: 1 }`, `x.res`, or the declaration
    if (node.type !== 'Identifier' || node.name !== binding.name || node === binding.identifier || !isValueReference(path)) return;
    // Case: an inner `const res` or parameter `res` shadows it
    if (findBinding(path, binding.name) === binding) references.push(path);
  });
  return references;
}
