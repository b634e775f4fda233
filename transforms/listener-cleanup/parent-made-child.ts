/**
 * listener-cleanup: a listener on a child object its parent makes and hands itself to —
 * `const page = BidiPage.from(this, context)`, `new Worker(session, this.#onError.bind(this))`,
 * `this.realm = Realm.create(this)` — or on a part of one (`page.trustedEmitter`).
 *
 * The child already holds its parent (it was given `this`, or a function bound to it), so the
 * handler, which holds the parent too, keeps nothing alive that the child does not: the
 * listener lives exactly as long as the child, and the parent is not held any longer for it.
 * Whether the child itself is kept too long is the parent's bookkeeping of its children, not
 * a listener that was never removed.
 *
 * Made here and handed `this`: a `const` of the class's code initialised with such a call or
 * `new`, or a `this.<field>` every assignment of which (in the class) is one (or `null`).
 */
import type { Node } from '@babel/types';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import type { NodePath } from '../../src/core/traverse';
import { unwrapPath } from '../../src/core/node-helpers';
import { LISTENER_REGISTER_METHODS } from '../../src/analysis/resources/catalog';

const MEMBER_TYPES = new Set(['MemberExpression', 'OptionalMemberExpression']);

/** `this`, or `fn.bind(this, …)`: an argument that gives the callee the instance. */
function isThisArgument(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'ThisExpression') return true;
  if (value.type !== 'CallExpression' || !MEMBER_TYPES.has(value.callee.type) || getPropertyName(value.callee as Node & { type: 'MemberExpression' }) !== 'bind') return false;
  const first = value.arguments[0];
  return first !== undefined && unwrapExpression(first).type === 'ThisExpression';
}

/** `new Child(this, …)`, `Child.from(this, …)`, `makeChild(session, this.#onError.bind(this))`. */
function isHandedThis(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type !== 'NewExpression' && value.type !== 'CallExpression' && value.type !== 'OptionalCallExpression') return false;
  return value.arguments.some((argument) => argument.type !== 'SpreadElement' && isThisArgument(argument));
}

/** `page.trustedEmitter.on(…).on(…)`: the object the chain starts from (`page`), or `this.<field>` for `this.<field>.emitter`. */
function getRoot(target: NodePath): NodePath {
  let path = unwrapPath(target);
  for (;;) {
    const node = path.node;
    if (node.type === 'CallExpression' && MEMBER_TYPES.has(node.callee.type) && LISTENER_REGISTER_METHODS.has(getPropertyName(node.callee as Node & { type: 'MemberExpression' }) ?? '')) {
      const callee = path.child(node.callee, 'callee');
      path = unwrapPath(callee.child((callee.node as Node & { type: 'MemberExpression' }).object, 'object'));
      continue;
    }
    if (MEMBER_TYPES.has(node.type) && !(node as { computed: boolean }).computed && (node as { object: Node }).object.type !== 'ThisExpression') {
      path = unwrapPath(path.child((node as { object: Node }).object, 'object'));
      continue;
    }
    return path;
  }
}

export function isParentMadeChild(target: NodePath | null): boolean {
  if (!target) return false;
  const root = getRoot(target);
  const node = root.node;
  // Case: `const page = BidiPage.from(this, context); page.trustedEmitter.on(…)`
  if (node.type === 'Identifier') {
    const binding = findBinding(root, node.name);
    const declaration = binding?.declaration;
    if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
    // `this` in the initialiser must be the instance whose code listens.
    return isHandedThis(declaration.init) && resolveThisClass(root) !== null;
  }
  // Case: `this.realm.on(…)` with every `this.realm = Realm.from(this)` in the class
  if (!MEMBER_TYPES.has(node.type) || (node as { object: Node }).object.type !== 'ThisExpression') return false;
  const field = getPropertyName(node as Node & { type: 'MemberExpression' });
  const classPath = resolveThisClass(root)?.classPath;
  if (!field || !classPath) return false;
  let made = false;
  let other = false;
  forEachDescendant(classPath, (path) => {
    const value = path.node;
    if (value.type !== 'AssignmentExpression' || !MEMBER_TYPES.has(value.left.type) || (value.left as { object: Node }).object.type !== 'ThisExpression') return undefined;
    if (getPropertyName(value.left as Node & { type: 'MemberExpression' }) !== field) return undefined;
    if (isHandedThis(value.right)) made = true;
    else if (unwrapExpression(value.right).type !== 'NullLiteral') other = true;
    return undefined;
  });
  return made && !other;
}
