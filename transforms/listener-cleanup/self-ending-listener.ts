/**
 * Whether a listener ends itself when its event fires, and how:
 *
 * - `'once'`: registered with `{ once: true }` (also through a `const` options object);
 * - `'self-removing'`: the handler removes itself when it runs —
 *   `function onDispose(event) { event.target.removeEventListener('dispose', onDispose); … }`
 *   registered with `material.addEventListener('dispose', onDispose)`. The removal inside the
 *   handler must name the same handler binding and the same event, on the same target, on the
 *   event's `target` / `currentTarget`, or on `this` of a non-arrow handler (the object that
 *   dispatched it).
 *
 * - `'one-time-event'`: an event the page fires once, on the global object that fires it —
 *   `document.addEventListener('DOMContentLoaded', init)`, `window.addEventListener('load', …)`
 *   (also the global `addEventListener('load', …)`): like `{ once: true }`, the handler runs once
 *   and is never called again (requarks/wiki's `onDOMReady(clb)`). The document's
 *   `readystatechange` counts too: it fires only while the page loads (to `interactive`, then
 *   `complete`), never after (mastodon's embed script waits for `complete` with it).
 *
 * Such a listener is gone once the event fires; whether that is soon enough is a policy
 * (docs/catalog.md: `{ once: true }` inside an owner is still a leak, unless the event ends the
 * target's life — see `isTerminalEvent`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import type { ListenerCall } from './listener-call';
import { isSameListenerTarget } from './listener-release-match';
import { isSameValue, resolveStaticProperty, resolveStaticValue } from './same-value';
import { findBinding, isGlobalReference } from '../../src/analysis/syntax/scope';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';
import { TERMINAL_EVENTS } from '../../src/analysis/lifecycle/terminal-events';
import { resolveFunctionReference } from '../../src/analysis/syntax/named-function';

export type SelfEnding = 'once' | 'self-removing' | 'one-time-event';

/** Events the page fires once (`readystatechange`: twice at most, while it loads), by the global that fires them. */
const ONE_TIME_EVENTS: Readonly<Record<string, ReadonlySet<string>>> = { document: new Set(['DOMContentLoaded', 'readystatechange']), window: new Set(['DOMContentLoaded', 'load']) };

export { TERMINAL_EVENTS };

/** `'dispose'`, `'close'`, ... (a literal or a constant). */
export function isTerminalEvent(add: ListenerCall): boolean {
  if (!add.event) return false;
  const value = resolveStaticValue(add.event);
  return typeof value === 'string' && TERMINAL_EVENTS.has(value);
}

/** The function a handler reference names (`function onDispose() {}`, `const onDispose = () => {}`), as a path. */
function resolveHandlerFunction(handler: NodePath): NodePath | null {
  const path = unwrapPath(handler);
  if (path.node.type !== 'Identifier') return null;
  const fn = resolveFunctionReference(path, path.node, null);
  const scope = fn ? findAncestorPath(path, findBinding(path, path.node.name)!.scope) : null;
  return scope && fn ? findDescendantPath(scope, fn) : null;
}

/** `event.target`, `e.currentTarget` of the handler's first parameter, or `this` in a non-arrow handler. */
function isDispatchingTarget(target: NodePath | null, fn: Node): boolean {
  if (!target) return false;
  const path = unwrapPath(target);
  let node: Node = path.node;
  if (node.type === 'ThisExpression') return fn.type !== 'ArrowFunctionExpression';
  // Case: `const material = event.target;` ... `material.removeEventListener(...)`
  if (node.type === 'Identifier') {
    const binding = findBinding(path, node.name);
    const declaration = binding?.declaration;
    if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
    node = declaration.init;
  }
  if (node.type !== 'MemberExpression' || node.object.type !== 'Identifier') return false;
  const param = (fn as { params?: Node[] }).params?.[0];
  return param?.type === 'Identifier' && param.name === node.object.name && ['target', 'currentTarget'].includes(getPropertyName(node) ?? '');
}

function isRemovedByItself(add: ListenerCall, removes: readonly ListenerCall[]): boolean {
  if (!add.handler || !add.event) return false;
  const fn = resolveHandlerFunction(add.handler);
  if (!fn) return false;
  const [start, end] = [fn.node.start!, fn.node.end!];
  return removes.some((remove) => {
    if (remove.family !== add.family || !remove.handler || !remove.event) return false;
    if (remove.call.node.start! < start || remove.call.node.end! > end) return false;
    if (!isSameValue(add.handler!, remove.handler) || !isSameValue(add.event!, remove.event)) return false;
    return isSameListenerTarget(add.target, remove.target) || isDispatchingTarget(remove.target, fn.node);
  });
}

export function resolveSelfEnding(add: ListenerCall, removes: readonly ListenerCall[]): SelfEnding | null {
  if (add.options && resolveStaticProperty(add.options, 'once') === true) return 'once';
  if (isOneTimePageEvent(add)) return 'one-time-event';
  return isRemovedByItself(add, removes) ? 'self-removing' : null;
}

function isOneTimePageEvent(add: ListenerCall): boolean {
  if (add.family !== 'event-listener' || !add.event) return false;
  const event = resolveStaticValue(add.event);
  if (typeof event !== 'string') return false;
  // Case: the global `addEventListener('load', …)`: the window's.
  if (add.target === null) return ONE_TIME_EVENTS.window!.has(event);
  const target = unwrapPath(add.target);
  if (target.node.type !== 'Identifier') return false;
  const global = target.node.name === 'globalThis' || target.node.name === 'self' ? 'window' : target.node.name;
  return Boolean(ONE_TIME_EVENTS[global]?.has(event)) && isGlobalReference(target, target.node.name);
}
