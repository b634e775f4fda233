/**
 * A wait for the `'close'` of an emitter the same executor reads as a Node readable stream —
 * it listens for its `'readable'` and calls its `.read()` (same target, name or member chain):
 *
 *   new Promise((resolve) => {
 *     body.on('readable', () => { let chunk; while ((chunk = body.read()) !== null) push(chunk); });
 *     body.on('close', resolve);
 *   });
 *
 * A Node stream is destroyed after an `'error'` (`autoDestroy`, the default since Node 14) as
 * after its end, and `'close'` follows both, so "the emitter fails with 'error'" does not leave
 * the wait pending. It stays pending only on a stream that errors without being destroyed (an
 * old-style stream, or one whose `'error'` is emitted by hand) or never ends: whether this one can
 * is in the code that made it, not here — the doubt of an unsure wait, `medium` rather than
 * `high` (gravitee's e2e helper reading a node-fetch body's server-sent events). A wait for
 * `'end'` or `'finish'`, which an error skips, is not this case; neither is a `'close'` on a
 * target the executor does not read. A `'data'` listener alone is no evidence: an app's own
 * `class Connection extends EventEmitter` emits 'data' and 'error' too, and emits 'close' only
 * when closed by hand, so its 'close' wait hangs after an 'error' (stays `high`).
 */
import { forEachNode } from '../../src/core/traverse';
import type { Node } from '@babel/types';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { hasSiblingRegistration, type EventRegistration } from './event-registration';

export function isReadStreamClose(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api !== 'emitter' || registration.eventName !== 'close') return false;
  const target = getMemberChain(registration.target);
  return target !== null && hasSiblingRegistration(registration, executor, (other) => other.api === 'emitter' && other.eventName === 'readable') && callsRead(executor, target);
}

/** Whether the executor calls `<target>.read(…)`, the pull-mode read of a Node readable stream. */
function callsRead(executor: PromiseExecutor, target: string): boolean {
  let found = false;
  forEachNode(executor.fn.body, (node) => {
    if (found) return false;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return undefined;
    const callee = unwrapExpression(node.callee as Node);
    if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'read' && getMemberChain(callee.object) === target) found = true;
    return undefined;
  });
  return found;
}
