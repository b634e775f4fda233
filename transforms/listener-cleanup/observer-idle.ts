/**
 * Whether a kept observer (`ResizeObserver`, `IntersectionObserver`, ...) holds nothing: it
 * observes nothing where its handle is reachable, or unobserves every element it observes
 * (`observer.unobserve(el)` for each `observer.observe(el)`) — then `disconnect()` would add
 * nothing. The handle is a variable (its scope) or a `this.x` field (its class: `observe` in
 * `ngOnInit`, `unobserve` in `ngOnDestroy`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getMemberHandle } from '../../src/analysis/resources/acquisition-handle';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { type KeptHandle } from '../../src/analysis/resources/handle-usage';
import { isSameValue } from './same-value';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';
import { isOncePerInstance, isOwnNode } from './own-shadow-part';

/** `object` (the object of an `.observe(...)` call) is the kept handle. */
function isHandle(object: NodePath, handle: KeptHandle, classNode: Node | null): boolean {
  const node = object.node;
  if (handle.kind === 'variable') return node.type === 'Identifier' && findBinding(object, node.name) === handle.binding;
  if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return false;
  const member = getMemberHandle(object, node);
  if (!member || member.properties.join('.') !== handle.member.properties.join('.')) return false;
  if (handle.member.root === 'this') return member.root === 'this' && resolveThisClass(object)?.classPath.node === classNode;
  return member.root === handle.member.root;
}

/** The elements the handle observes and unobserves. */
function collectObservations(handle: KeptHandle, at: NodePath): { observe: NodePath[]; unobserve: NodePath[] } | null {
  const calls = { observe: [] as NodePath[], unobserve: [] as NodePath[] };
  const classPath = handle.kind === 'member' && handle.member.root === 'this' ? (resolveThisClass(at)?.classPath ?? null) : null;
  const scope = handle.kind === 'variable' ? findAncestorPath(at, handle.binding.scope) : handle.member.root === 'this' ? classPath : findAncestorPath(at, handle.member.root.scope);
  if (!scope) return null;
  forEachDescendant(scope, (path) => {
    const node = path.node;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return;
    const callee = unwrapPath(path.child(node.callee as Node, 'callee'));
    if (callee.node.type !== 'MemberExpression' && callee.node.type !== 'OptionalMemberExpression') return;
    const name = getPropertyName(callee.node);
    const argument = node.arguments[0];
    if ((name !== 'observe' && name !== 'unobserve') || !argument) return;
    if (isHandle(unwrapPath(callee.child(callee.node.object, 'object')), handle, classPath?.node ?? null)) calls[name].push(path.child(argument as Node, 'arguments', 0));
  });
  return calls;
}

export function isObserverIdle(handle: KeptHandle, at: NodePath): boolean {
  const calls = collectObservations(handle, at);
  if (!calls) return false;
  const { observe, unobserve } = calls;
  return observe.length === 0 || observe.every((observed) => unobserve.some((undone) => isSameValue(observed, undone)));
}

/**
 * An observer a web component makes once per instance (constructor, `ready()`, `firstUpdated()`,
 * …) that observes only the element itself and parts of its own shadow root (`observe(this)`,
 * `observe(this.$.table)`): the observed nodes hold the observer and the element holds the
 * nodes, so all of it goes with the element, and nothing makes a second one. `at` is the
 * `new ResizeObserver(…)`.
 */
export function observesOnlyOwnElementOnce(handle: KeptHandle, at: NodePath): boolean {
  const calls = collectObservations(handle, at);
  return calls !== null && calls.observe.length > 0 && calls.observe.every(isOwnNode) && isOncePerInstance(at);
}

/**
 * The observer's callback ends it through its own second parameter, the observer the browser
 * passes in (`new MutationObserver((mutations, observer) => { observer.disconnect(); … })`): the
 * same release as `observer.disconnect()` on the kept handle, which the callback may also call.
 * `at` is the `new …Observer(callback)`.
 */
export function disconnectsThroughCallbackParameter(at: NodePath): boolean {
  const node = unwrapPath(at).node;
  if (node.type !== 'NewExpression') return false;
  const callback = node.arguments[0];
  if (!callback || (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression')) return false;
  const self = callback.params[1];
  if (!self || self.type !== 'Identifier') return false;
  let released = false;
  forEachDescendant(unwrapPath(at), (path) => {
    if (released) return false;
    const call = path.node;
    if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return undefined;
    const callee = call.callee;
    if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || getPropertyName(callee) !== 'disconnect') return undefined;
    const object = callee.object;
    if (object.type === 'Identifier' && object.name === self.name && findBinding(path, self.name)?.identifier === self) released = true;
    return undefined;
  });
  return released;
}
