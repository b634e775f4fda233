/**
 * The method that ends a `.subscribe(…)` handle whose library the file does not name (a
 * subscription of kind `unknown`: no RxJS nor store import, no `$` name): RxJS 5+ ends a
 * `Subscription` with `unsubscribe()`, but the `Disposable` of RxJS 4 / rx-lite (and a Knockout
 * subscription) has only `dispose()` — a fix that calls `unsubscribe()` on one throws. Read from
 * the file, as the handle's own API shows it:
 *
 *   _subscription: Rx.IDisposable;              // the field the handle is kept in is typed: `dispose`
 *   componentWillUnmount() { this._sub && this._sub.dispose(); }   // another subscribe handle of
 *                                               // the same source is ended with `dispose()`: `dispose`
 *
 * `'unsubscribe'` when the field's type is a `…Subscription` / `Unsubscribable`, or the file ends
 * a subscribe handle of the same source with `unsubscribe()` (and none with `dispose()`); `null`
 * when the file does not tell (or shows both). The other handle counts only when its
 * `.subscribe(…)` is called on the same source — the same root name of the receiver
 * (`this.props.source.subscribe` and `this.props.other.subscribe`: `this.props`;
 * `vm.name.subscribe` and `vm.age.subscribe`: `vm`): a file that ends a Knockout `vm.name`
 * subscription with `dispose()` says nothing of what `store.changes.subscribe(…)` returns, which
 * may be an RxJS Subscription that has no `dispose()`.
 */
import type { Node, Program } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { forEachNode } from '../../src/core/traverse';
import type { AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';

export type SubscriptionReleaseMethod = 'unsubscribe' | 'dispose';

const DISPOSABLE_TYPE = /(?:^|\.)I?Disposable$/;
const SUBSCRIPTION_TYPE = /(?:^|\.)(?:I?Subscription|Unsubscribable|SubscriptionLike)$/;

export function readSubscriptionReleaseMethod(program: Program, handle: AcquisitionHandle, subscribe: Node): SubscriptionReleaseMethod | null {
  // Case: `_subscription: Rx.IDisposable;` — the class field the handle is kept in says what it is
  const typed = handle.kind === 'member' && handle.member.root === 'this' && handle.member.properties.length === 1 ? readFieldType(program, handle.member.properties[0]!) : null;
  if (typed !== null) return typed;
  // Case: another subscribe handle of the same source, ended with `.dispose()` or `.unsubscribe()`
  const source = readSubscribeSource(subscribe);
  if (source === null) return null;
  const handles = new Set<string>();
  const add = (key: string | null, value: Node): void => {
    if (key !== null && readSubscribeSource(value) === source) handles.add(key);
  };
  forEachNode(program, (node: Node) => {
    if (node.type === 'AssignmentExpression' && node.operator === '=' && isSubscribeCall(node.right)) add(handleKey(node.left), node.right);
    else if (node.type === 'VariableDeclarator' && node.init && node.id.type === 'Identifier' && isSubscribeCall(node.init)) add(node.id.name, node.init);
    else if ((node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') && node.value && isSubscribeCall(node.value)) {
      const name = node.key.type === 'Identifier' ? node.key.name : node.key.type === 'PrivateName' ? `#${node.key.id.name}` : null;
      add(name === null ? null : `this.${name}`, node.value);
    }
    return undefined;
  });
  if (handles.size === 0) return null;
  let disposes = false;
  let unsubscribes = false;
  forEachNode(program, (node: Node) => {
    if ((node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') || node.arguments.length > 0) return undefined;
    const callee = unwrapExpression(node.callee as Node);
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return undefined;
    const method = getPropertyName(callee);
    if (method !== 'dispose' && method !== 'unsubscribe') return undefined;
    const key = handleKey(callee.object);
    if (key === null || !handles.has(key)) return undefined;
    if (method === 'dispose') disposes = true;
    else unsubscribes = true;
    return undefined;
  });
  return disposes === unsubscribes ? null : disposes ? 'dispose' : 'unsubscribe';
}

/** The release method a class field's type annotation names (`Rx.IDisposable`, `Subscription | null`), or `null`. */
function readFieldType(program: Program, name: string): SubscriptionReleaseMethod | null {
  let found: SubscriptionReleaseMethod | null = null;
  let conflicting = false;
  forEachNode(program, (node: Node) => {
    if (node.type !== 'ClassProperty' && node.type !== 'ClassPrivateProperty') return undefined;
    const key = node.key.type === 'Identifier' ? node.key.name : node.key.type === 'PrivateName' ? `#${node.key.id.name}` : null;
    const annotation = node.typeAnnotation && node.typeAnnotation.type === 'TSTypeAnnotation' ? node.typeAnnotation.typeAnnotation : null;
    if (key !== name || !annotation) return undefined;
    for (const typeName of readTypeNames(annotation)) {
      const method = DISPOSABLE_TYPE.test(typeName) ? 'dispose' : SUBSCRIPTION_TYPE.test(typeName) ? 'unsubscribe' : null;
      if (method === null) continue;
      if (found !== null && found !== method) conflicting = true;
      found = method;
    }
    return undefined;
  });
  return conflicting ? null : found;
}

/** `Rx.IDisposable` → `['Rx.IDisposable']`; `Subscription | null` → `['Subscription']`. */
function readTypeNames(type: Node): string[] {
  if (type.type === 'TSUnionType') return type.types.flatMap(readTypeNames);
  if (type.type !== 'TSTypeReference') return [];
  const name = (entity: Node): string | null => (entity.type === 'Identifier' ? entity.name : entity.type === 'TSQualifiedName' ? `${name(entity.left) ?? ''}.${entity.right.name}` : null);
  const text = name(type.typeName);
  return text === null ? [] : [text];
}

/**
 * The receiver a `.subscribe(…)` call is made on, through members and calls, without its last
 * member: `vm.name.subscribe(…)` → `vm`; `deps.vm.name.subscribe(…)` → `deps.vm` (not `deps`: a
 * bag of parameters holds unrelated sources); `source.pipe(map(f)).subscribe(…)` → `source`;
 * `this.props.source.subscribe(…)` → `this.props` (at least `this` and its first member); `null`
 * for a computed member of `this`, any other receiver, or a node that is no `.subscribe(…)` call.
 */
export function readSubscribeSource(node: Node): string | null {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(call.callee as Node);
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || getPropertyName(callee) !== 'subscribe') return null;
  const names: string[] = [];
  let current = unwrapExpression(callee.object);
  for (;;) {
    if (current.type === 'Identifier' || current.type === 'ThisExpression') {
      names.push(current.type === 'Identifier' ? current.name : 'this');
      break;
    }
    if (current.type === 'CallExpression' || current.type === 'OptionalCallExpression') current = unwrapExpression(current.callee as Node);
    else if (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') {
      const object = unwrapExpression(current.object);
      if (current.computed && object.type === 'ThisExpression') return null;
      names.push(current.computed ? '[]' : current.property.type === 'Identifier' ? current.property.name : current.property.type === 'PrivateName' ? `#${current.property.id.name}` : '[]');
      current = object;
    } else return null;
  }
  names.reverse();
  const keep = Math.max(names[0] === 'this' ? 2 : 1, names.length - 1);
  return names.slice(0, Math.min(keep, names.length)).join('.');
}

/** A `.subscribe(…)` call (through `as`, `!`, parentheses). */
function isSubscribeCall(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type !== 'CallExpression' && value.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(value.callee as Node);
  return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'subscribe';
}

/** `sub` → `sub`; `this._sub`, `this.#sub` → `this._sub`, `this.#sub`; anything else → `null`. */
function handleKey(node: Node): string | null {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return value.name;
  if ((value.type !== 'MemberExpression' && value.type !== 'OptionalMemberExpression') || value.computed || unwrapExpression(value.object).type !== 'ThisExpression') return null;
  if (value.property.type === 'Identifier') return `this.${value.property.name}`;
  return value.property.type === 'PrivateName' ? `this.#${value.property.id.name}` : null;
}
