/**
 * A wait on a part of a larger stream, handed to the code by that stream's own event, whose
 * `'error'` the code handles:
 *
 *   extract.on('entry', async (header, stream, next) => {
 *     const ended = new Promise((resolve) => stream.once('end', resolve));
 *     await write(header.name, stream);
 *     await ended;
 *     next();
 *   });
 *   extract.once('error', reject);
 *
 * The part (a tar entry, a multipart field, a zip entry) is fed by the parent: it fails when the
 * parent fails, and the parent's `'error'` is handled — the parent's end is where the code learns
 * of it, and the pending part goes with the parent. Whether a part can fail on its own is in the
 * library's code, not here (joplin's tar extraction: false at `high`): a report-only finding is
 * `medium`. The part is a parameter of a function handed to `parent.on/once(…)`, and the function
 * that registers it also registers `parent.on/once('error', …)` anywhere in its body (the same
 * name or member chain).
 */
import type { Node } from '@babel/types';
import { getMemberChain, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { forEachNode } from '../../src/core/traverse';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath, getEventRegistration } from './event-registration';

export function isPartStreamWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api !== 'emitter') return false;
  const target = unwrapExpression(registration.target);
  if (target.type !== 'Identifier') return false;
  const binding = findBinding(findRegistrationPath(executor, registration), target.name);
  if (binding?.kind !== 'param') return false;
  // The function whose parameter the part is, handed to `parent.on('entry', fn)`
  let fnPath = executor.promise.findParent((parent) => parent.node === binding.declaration);
  if (!fnPath || fnPath.key !== 'arguments') return false;
  const handedTo = fnPath.parent ? getEventRegistration(fnPath.parent) : null;
  if (!handedTo || handedTo.api !== 'emitter' || handedTo.handler !== fnPath.node) return false;
  const parent = getMemberChain(handedTo.target);
  if (!parent) return false;
  // … and the function around that registration handles the parent's 'error'
  fnPath = fnPath.findParent((candidate) => isFunctionNode(candidate.node) || candidate.node.type === 'Program');
  const body = fnPath ? (fnPath.node.type === 'Program' ? fnPath.node : (fnPath.node as { body: Node }).body) : null;
  if (!body) return false;
  // Nested functions too: `new Promise((resolve, reject) => { parent.once('error', reject); })`.
  let handled = false;
  forEachNode(body, (node) => {
    if (handled) return false;
    const other = getEventRegistration(node);
    if (other !== null && other.api === 'emitter' && other.eventName === 'error' && getMemberChain(other.target) === parent) handled = true;
    return undefined;
  });
  return handled;
}
