/**
 * listener-cleanup: a handler that adds itself to the object it is handed — `#onAttached =
 * (session) => { …; session.on('attached', this.#onAttached); }`, registered on the root the
 * same way (puppeteer's page: every session it attaches to reports its own child sessions to the
 * same handler). That is a walk over a tree of objects as they appear: one listener per object,
 * on the object the function was handed, which goes with that object; a listener piles up only if
 * the same object were handed twice, which the walk does not do. Any other listener on the
 * handed object (a different function) is not this shape and keeps its finding.
 *
 * The handler must be the function whose parameter the target is: an arrow or function held in
 * a class field (`this.#onAttached`, `this.onAttached`), or a function named in its scope
 * (`function onAttached(session) { session.on('attached', onAttached); }`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { ListenerCall } from './listener-call';
import { findBinding } from '../../src/analysis/syntax/scope';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { unwrapPath } from '../../src/core/node-helpers';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';

/** The function `handler` names, when the file shows it: a named function, a `const` of one, or a class field holding one. */
function resolveHandlerFunction(handler: NodePath): Node | null {
  const path = unwrapPath(handler);
  const node = path.node;
  if (node.type === 'Identifier') {
    const binding = findBinding(path, node.name);
    const declaration = binding?.declaration;
    if (!binding || !declaration) return null;
    // (a parameter's declaration is its function: only the function's own name counts)
    if (declaration.type === 'FunctionDeclaration' && declaration.id === binding.identifier) return declaration;
    if (binding.kind === 'const' && declaration.type === 'VariableDeclarator' && declaration.init && (declaration.init.type === 'ArrowFunctionExpression' || declaration.init.type === 'FunctionExpression')) return declaration.init;
    return null;
  }
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type === 'ThisExpression') {
    const name = node.property.type === 'PrivateName' ? `#${node.property.id.name}` : getPropertyName(node);
    const owner = resolveThisClass(path);
    if (!name || !owner) return null;
    for (const member of owner.classPath.node.body.body) {
      if (member.type !== 'ClassProperty' && member.type !== 'ClassPrivateProperty') continue;
      const key = member.type === 'ClassPrivateProperty' ? `#${member.key.id.name}` : !member.computed && member.key.type === 'Identifier' ? member.key.name : null;
      if (key === name && member.value && (member.value.type === 'ArrowFunctionExpression' || member.value.type === 'FunctionExpression')) return member.value;
    }
  }
  return null;
}

/** `add` is a function adding itself as the listener to its own parameter (see the header). */
export function isSelfAttachingHandler(add: ListenerCall): boolean {
  if (!add.target || !add.handler) return false;
  const target = unwrapPath(add.target);
  if (target.node.type !== 'Identifier') return false;
  const binding = findBinding(target, target.node.name);
  if (!binding || binding.kind !== 'param') return false;
  const fn = resolveHandlerFunction(add.handler);
  return fn !== null && fn === binding.declaration;
}
