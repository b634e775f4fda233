/**
 * Whether a self-rescheduling function (`function poll() { …; setTimeout(poll, ms); }`,
 * `function frame() { …; requestAnimationFrame(frame); }`) has a way to end its own loop: it is
 * then a loop that stops itself, like an interval cleared from inside its own callback
 * (docs/catalog.md, timer-cleanup: not a finding; loop-cancellation: a poller with a stop flag).
 * Its author wrote a way out; whether it is ever taken is not judged (as unsettled-promise does
 * not judge a wrapper that mentions `reject`).
 *
 * - the rescheduling call runs only under a test (`if (!done) requestAnimationFrame(step)`,
 *   `running && setTimeout(poll, ms)`, a `switch` case, a loop);
 * - an `if` in the function returns (`if (finished || controller.signal.aborted) { …; return; }`,
 *   NextChat's response animation);
 * - the function calls `signal.throwIfAborted()`.
 */
import type { NodePath } from '../../core/traverse';
import { forEachDescendant } from '../syntax/descendants';
import { getPropertyName } from '../syntax/expressions';
import { isFunctionNode } from '../syntax/scope';
import { isLoopType } from '../../core/node-helpers';


/** `fn` is the function `reschedule` (the call that schedules `fn` again) belongs to. */
export function hasRescheduleExit(fn: NodePath, reschedule: NodePath): boolean {
  return isConditional(reschedule, fn) || hasGuardedReturn(fn) || throwsIfAborted(fn);
}

/** The call runs under a test or in a loop between it and `fn`. */
function isConditional(call: NodePath, fn: NodePath): boolean {
  for (const ancestor of call.ancestors()) {
    if (ancestor.node === fn.node) return false;
    const type = ancestor.node.type;
    if (type === 'IfStatement' || type === 'SwitchCase' || type === 'ConditionalExpression' || type === 'LogicalExpression' || isLoopType(type)) return true;
  }
  return false;
}

/** `if (…) return` anywhere in the function. */
function hasGuardedReturn(fn: NodePath): boolean {
  let found = false;
  forEachDescendant(fn, (path) => {
    if (found) return false;
    if (path.node.type === 'IfStatement') {
      forEachDescendant(path, (inner) => {
        if (found || isFunctionNode(inner.node)) return false;
        if (inner.node.type === 'ReturnStatement') found = true;
        return undefined;
      });
    }
    return undefined;
  });
  return found;
}

/** `signal.throwIfAborted()` in the function's own code: it throws before rescheduling once aborted. */
function throwsIfAborted(fn: NodePath): boolean {
  let found = false;
  forEachDescendant(fn, (path) => {
    if (found || isFunctionNode(path.node)) return false;
    const node = path.node;
    if (node.type === 'CallExpression' && (node.callee.type === 'MemberExpression' || node.callee.type === 'OptionalMemberExpression') && getPropertyName(node.callee) === 'throwIfAborted') found = true;
    return undefined;
  });
  return found;
}
