/**
 * Whether a listener's target is an object the class creates and keeps only on itself
 * (docs/catalog.md: "An object the owner creates and keeps only on itself ... dies with the owner"):
 *
 * - `const receiver = new Receiver(...)`, used only as `receiver.x` / `receiver.on(...)` and
 *   stored as `this._receiver = receiver`;
 * - `this.emitter` where the class makes it (`this.emitter = new EventEmitter()`, or a field
 *   `emitter = new EventEmitter()`).
 *
 * Kept only on itself: every `this.<field>` of the class is only the object of a member
 * expression (`this._receiver.on(...)`, `this._receiver[k] = v`) or assigned a value made with
 * `new`, the local above, or `null` / `undefined`, or only tested for presence (`if (this._receiver)`);
 * never returned (a getter), passed to a call, or copied elsewhere.
 * Then nothing outside the instance can reach the object, and its listeners die with both.
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { isValueWrapper, unwrapPath } from '../../src/core/node-helpers';

function isNewExpression(value: NodePath): boolean {
  return value.node.type === 'NewExpression';
}

function isMember(node: Node | null | undefined): node is Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }> {
  return node?.type === 'MemberExpression' || node?.type === 'OptionalMemberExpression';
}

/** `this.name` (non-computed) or `null`. */
function getThisField(node: Node | null | undefined): string | null {
  if (!isMember(node) || node.computed || node.object.type !== 'ThisExpression') return null;
  return getPropertyName(node);
}

/** A path whose parent only reads a member of it: `x.on(...)`, `x.prop = v`, `x[k]`, also through `x!.on(...)`, `(x as T).on(...)`. */
export function isMemberObject(path: NodePath): boolean {
  let current = path;
  while (current.parent && isValueWrapper(current.parent) && current.key === 'expression') current = current.parentPath!;
  return isMember(current.parent) && current.key === 'object';
}

/**
 * A path only tested for presence, which hands nothing out: `if (this._r)`, `!this._r`,
 * `this._r && …` (left side), `this._r ? a : b`, `this._r === null`, `this._r != undefined`,
 * and either side of a `&&` / `||` that is itself only tested (`if (changed && this._r)`).
 */
export function isPresenceTest(path: NodePath): boolean {
  const parent = path.parent;
  if (!parent) return false;
  if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression' || parent.type === 'WhileStatement') && path.key === 'test') return true;
  if (parent.type === 'UnaryExpression' && parent.operator === '!') return true;
  // `this._r && …` yields the object only when it is absent; `this._r || …` yields it, unless that is a test too.
  if (parent.type === 'LogicalExpression' && path.key === 'left') return parent.operator === '&&' || isPresenceTest(path.parentPath!);
  // Case: `if (ready && this._r)`: the right side is the whole's value, and the whole is only tested
  if (parent.type === 'LogicalExpression' && path.key === 'right') return isPresenceTest(path.parentPath!);
  if (parent.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(parent.operator)) {
    const other = path.key === 'left' ? parent.right : parent.left;
    return other.type === 'NullLiteral' || (other.type === 'Identifier' && other.name === 'undefined');
  }
  return false;
}

/**
 * Every `this.<name>` in the class is a member's object or an assignment target given an object
 * the class makes (`isMade`: by default a `new` expression, or the local that holds one); a class
 * field initialiser counts too.
 */
export function isFieldKeptOnlyOnSelf(classPath: NodePath<Class>, name: string, isMade: (value: NodePath) => boolean = isNewExpression): boolean {
  let kept = true;
  let assigned = false;
  for (const member of classPath.node.body.body) {
    if (member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') {
      const key = member.type === 'ClassPrivateProperty' ? `#${member.key.id.name}` : member.key.type === 'Identifier' && !member.computed ? member.key.name : null;
      if (key === name && member.value) {
        const bodyPath = classPath.child(classPath.node.body, 'body');
        const memberPath = bodyPath.child(member, 'body', classPath.node.body.body.indexOf(member));
        if (!isMade(unwrapPath(memberPath.child(member.value, 'value')))) return false;
        assigned = true;
      }
    }
    if (member.type === 'ClassMethod' && member.kind === 'get' && member.key.type === 'Identifier' && member.key.name === name.replace(/^[#_]/, '')) return false;
  }
  forEachDescendant(classPath, (path) => {
    if (!kept) return false;
    if (getThisField(path.node) !== name || !resolveThisClass(path) || resolveThisClass(path)!.classPath.node !== classPath.node) return undefined;
    if (isMemberObject(path)) return false;
    // Case: `if (this._receiver) this._receiver.x = y` (a presence test hands nothing out)
    if (isPresenceTest(path)) return false;
    const parent = path.parent;
    if (parent?.type === 'AssignmentExpression' && path.key === 'left' && parent.operator === '=') {
      const value = unwrapPath(path.parentPath!.child(parent.right, 'right'));
      if (isMade(value)) assigned = true;
      // Case: `this._receiver = null` (reset, in the constructor or after a close)
      else if (value.node.type !== 'NullLiteral' && !(value.node.type === 'Identifier' && value.node.name === 'undefined')) kept = false;
      return false;
    }
    kept = false;
    return false;
  });
  return kept && assigned;
}

const CHAIN_REGISTER_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/** `new X(…)`, or listener registrations chained on it (`new X(…).on('a', f).once('b', g)`: each returns the emitter). */
function isRegistrationChainOnNew(node: Node): boolean {
  if (node.type === 'NewExpression') return true;
  if (node.type !== 'CallExpression' || !isMember(node.callee) || node.callee.computed) return false;
  const method = getPropertyName(node.callee);
  return method !== null && CHAIN_REGISTER_METHODS.has(method) && isRegistrationChainOnNew(node.callee.object);
}

/** The `this.<field>` that the registration chain on the `new` at `path` is assigned to (`this._srv = new S().on(…)`), or `null`. */
function getChainStoredField(path: NodePath): string | null {
  let current = path;
  for (;;) {
    const member = current.parentPath;
    const call = member?.parentPath;
    if (!member || !call || !isMember(member.node) || current.key !== 'object' || call.node.type !== 'CallExpression' || member.key !== 'callee') break;
    const method = getPropertyName(member.node);
    if (method === null || !CHAIN_REGISTER_METHODS.has(method)) return null;
    current = call;
  }
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  const parent = current.parent;
  return parent?.type === 'AssignmentExpression' && parent.operator === '=' && current.key === 'right' ? getThisField(parent.left) : null;
}

export function isSelfOwnedObject(target: NodePath | null): boolean {
  if (!target) return false;
  const path = unwrapPath(target);
  const node = path.node;
  const thisClass = resolveThisClass(path);
  if (!thisClass) return false;
  // Case: `this.emitter.on(...)` with `this.emitter = new EventEmitter()`
  const field = getThisField(node);
  if (field) return isFieldKeptOnlyOnSelf(thisClass.classPath, field);
  // Case: `this._srv = new Server(…).on('error', …).on('close', …)`: the chain's value is the new object, kept on the instance
  if (node.type === 'NewExpression') {
    const stored = getChainStoredField(path);
    return stored !== null && isFieldKeptOnlyOnSelf(thisClass.classPath, stored, (value) => isRegistrationChainOnNew(value.node));
  }
  if (node.type !== 'Identifier') return false;
  // Case: `const receiver = new Receiver(); this._receiver = receiver; receiver.on(...)`
  const binding = findBinding(path, node.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || declaration.init?.type !== 'NewExpression') return false;
  // Made by the class itself (a module-level object is shared by every instance).
  const classNode = thisClass.classPath.node;
  if (binding.scope.start! < classNode.start! || binding.scope.end! > classNode.end!) return false;
  const isThisLocal = (value: NodePath) => value.node.type === 'Identifier' && findBinding(value, value.node.name) === binding;
  const fields = new Set<string>();
  for (const reference of findBindingReferences(path, binding)) {
    if (isMemberObject(reference)) continue;
    const parent = reference.parent;
    const stored = parent?.type === 'AssignmentExpression' && reference.key === 'right' && parent.operator === '=' ? getThisField(parent.left) : null;
    if (!stored) return false;
    fields.add(stored);
  }
  // A local kept nowhere is `isLocalObject`'s case; here it must be stored on the instance.
  return fields.size > 0 && [...fields].every((name) => isFieldKeptOnlyOnSelf(thisClass.classPath, name, (value) => isNewExpression(value) || isThisLocal(value)));
}
