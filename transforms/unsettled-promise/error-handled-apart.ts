/**
 * A wait for an emitter's 'close' where the code handles that emitter's 'error' apart, with a
 * listener of its own beside the wait:
 *
 *   stream.on('error', () => {});             // errors are expected here
 *   const closed = new Promise((resolve) => stream.on('close', resolve));
 *   stream.destroy();
 *   await closed;
 *
 * On streams, sockets and child processes 'close' comes after 'error' too: the wait ends on both
 * paths, and `once(stream, 'close')` would reject on the very error the code chose to handle
 * elsewhere. No rewrite keeps that; the wait hangs only on an emitter whose 'close' does not
 * follow its 'error', which the code does not show (a `low` report-only finding).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { getEventRegistration } from './event-registration';
import type { UnsettledWait } from './match';

/** `wait` is an emitter's 'close' wait, and the function around it adds an 'error' listener to the same emitter. */
export function isCloseWithErrorHandledApart(wait: UnsettledWait, path: NodePath, getText: (node: Node) => string): boolean {
  if (wait.kind !== 'event' || wait.registration.api !== 'emitter' || wait.registration.eventName !== 'close') return false;
  const target = getText(wait.registration.target);
  const fn = path.findParent((parent) => isFunctionNode(parent.node));
  const body = fn ? (fn.node as { body: Node }).body : path.findParent((parent) => parent.node.type === 'Program')?.node;
  if (!body) return false;
  // The executor is a nested function: its own registrations are not searched.
  return someInOwnCode(body, (node) => {
    if (node.type !== 'CallExpression') return false;
    const registration = getEventRegistration(node);
    return registration !== null && registration.api === 'emitter' && registration.eventName === 'error' && getText(registration.target) === target;
  });
}
