/**
 * A wait for `'timeupdate'` or `'seeked'` on a media element the code itself seeks:
 *
 *   video.currentTime = 1e101;            // past the end: the browser learns the real duration
 *   await new Promise((resolve) => {
 *     video.ontimeupdate = () => { video.ontimeupdate = null; resolve(video.duration); };
 *   });
 *
 * Setting `currentTime` on an element that has its metadata starts a seek, and the seek ends with
 * `'timeupdate'` and `'seeked'` (HTML's seeking algorithm): the event follows the code's own
 * action, with no failure event that replaces it. It stays pending only when the element has no
 * metadata yet (the assignment then only sets where playback will start) or its source changes
 * mid-seek, which the code around decides (openreplay's webm duration trick, run from
 * `onloadedmetadata`: false at `high`). A report-only finding is `low`. The seek is an assignment
 * to `<target>.currentTime` (the same name or member chain) in the executor, or before the
 * promise in the function that makes it.
 */
import type { Node } from '@babel/types';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';

const SEEK_EVENTS = new Set(['timeupdate', 'seeked']);

export function isSeekEndWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api === 'emitter' || registration.eventName === null || !SEEK_EVENTS.has(registration.eventName)) return false;
  const target = unwrapExpression(registration.target);
  const name = target.type === 'Identifier' ? target.name : getMemberChain(target);
  if (!name) return false;
  const seeks = (node: Node): boolean => {
    if (node.type !== 'AssignmentExpression' || node.operator !== '=' || node.left.type !== 'MemberExpression' || getPropertyName(node.left) !== 'currentTime') return false;
    const object = unwrapExpression(node.left.object);
    return (object.type === 'Identifier' ? object.name : getMemberChain(object)) === name;
  };
  // Case: `new Promise((r) => { video.onseeked = r; video.currentTime = t; })`
  if (someInOwnCode(executor.fn.body, seeks)) return true;
  // Case: `video.currentTime = t; await new Promise(…)` in the function that makes the promise
  const outer = executor.promise.findParent((parent) => isFunctionNode(parent.node));
  const body = outer ? (outer.node as { body: Node }).body : null;
  return !!body && someInOwnCode(body, (node) => seeks(node) && node.start! < executor.promise.node.start!);
}
