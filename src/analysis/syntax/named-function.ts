/**
 * The function a name stands for, when this file declares it: a handler
 * (`session.on('attached', onAttached)`), a callee (`completeUpgrade(req, socket)`), a response
 * callback (`http.get(url, onResponse)`). Used by listener-cleanup and fetch-timeout.
 *
 * - a name: `function f() {}` (its own name — a parameter's declaration is its function, which
 *   does not count), or `const f = () => {}` / `const f = function () {}`;
 * - `this.<name>` in a class (`members`): an instance method of the class around it
 *   (`'methods'`: `this.completeUpgrade(…)`), or a field holding an arrow or function
 *   (`'fields'`: `this.#onAttached`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { findBinding } from './scope';
import { getPropertyName } from './expressions';
import { getClassMemberName } from './class-member-name';
import { resolveThisClass } from './this-class';

export function resolveFunctionReference(at: NodePath, reference: Node, members: 'methods' | 'fields' | null): Node | null {
  if (reference.type === 'Identifier') {
    const binding = findBinding(at, reference.name);
    const declaration = binding?.declaration;
    if (!binding || !declaration) return null;
    if (declaration.type === 'FunctionDeclaration' && declaration.id === binding.identifier) return declaration;
    if (binding.kind === 'const' && declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier && declaration.init && (declaration.init.type === 'ArrowFunctionExpression' || declaration.init.type === 'FunctionExpression')) return declaration.init;
    return null;
  }
  if (members === null || (reference.type !== 'MemberExpression' && reference.type !== 'OptionalMemberExpression') || reference.object.type !== 'ThisExpression') return null;
  const name = getPropertyName(reference);
  const owner = resolveThisClass(at);
  if (!name || !owner) return null;
  for (const member of owner.classPath.node.body.body) {
    if (getClassMemberName(member) !== name) continue;
    if (members === 'methods' && (member.type === 'ClassMethod' || member.type === 'ClassPrivateMethod') && member.kind === 'method' && !member.static) return member;
    if (members === 'fields' && (member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && member.value && (member.value.type === 'ArrowFunctionExpression' || member.value.type === 'FunctionExpression')) return member.value;
  }
  return null;
}
