/**
 * listener-cleanup: a listener on what a call on an object the owner closes handed back, kept in
 * a `const` of the function:
 *
 *   this.gateway = new Gateway();
 *   const server = this.gateway.listen(port);     // the gateway's own server
 *   server.on('connection', (socket) => this.accept(socket));
 *   …
 *   stop() { this.gateway.close(); }
 *
 * What such a call returns is most often a part of that object (its server, its channel), which
 * the close ends with the listeners on it, as closing `this.child` ends `this.child.stdout`
 * (closed-target.ts). The code does not show that the object keeps it, though (a call could hand
 * back something shared): `low`, not dropped.
 */
import type { NodePath } from '../../src/core/traverse';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';
import { isClosedByOwner } from './closed-target';

/** The target is a `const` set from `this.x.method(…)` (or `this.x.y.method(…)`), and the owner closes `this.x`. */
export function isFromObjectOwnerCloses(target: NodePath | null, owner: OwnerScope): boolean {
  if (!target || owner.kind === 'none' || owner.kind === 'module') return false;
  const path = unwrapPath(target);
  if (path.node.type !== 'Identifier') return false;
  const binding = findBinding(path, path.node.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  const scope = findAncestorPath(path, binding.scope);
  const init = scope ? findDescendantPath(scope, declaration.init) : null;
  if (!init) return false;
  const call = unwrapPath(init);
  if (call.node.type !== 'CallExpression') return false;
  const callee = unwrapPath(call.child(call.node.callee, 'callee'));
  if ((callee.node.type !== 'MemberExpression' && callee.node.type !== 'OptionalMemberExpression') || callee.node.computed) return false;
  const object = unwrapPath(callee.child(callee.node.object, 'object'));
  let root = object.node;
  while ((root.type === 'MemberExpression' || root.type === 'OptionalMemberExpression') && !root.computed) root = root.object;
  if (root.type !== 'ThisExpression' || object.node.type === 'ThisExpression') return false;
  return isClosedByOwner(object, owner);
}
