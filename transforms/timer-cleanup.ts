/**
 * timer-cleanup — a timer nobody stops (Go: a ticker that is never stopped).
 *
 * Before:  useEffect(() => { setInterval(tick, 1000); }, []);
 * After:   useEffect(() => {
 *            const intervalId = setInterval(tick, 1000);
 *            return () => {
 *              clearInterval(intervalId);
 *            };
 *          }, []);
 *
 * Matches `setInterval` whose handle is dropped or never cleared where its owner can reach
 * it, and, inside an owner scope, `setTimeout` / `requestAnimationFrame` / `requestIdleCallback`
 * whose callback can run after the owner is gone. The owner analysis, the release places and
 * the handle capture live in `src/analysis/`; this rule only says which calls are timers and
 * what releases them.
 *
 * Fix level: `auto` in a recognised owner scope (effect cleanup, `onBeforeUnmount`, a Vue
 * component's `beforeUnmount` / `beforeDestroy` when the file shows the Vue major, `ngOnDestroy`, `disconnectedCallback`, `componentWillUnmount`, the disposal method, release
 * on abort); `suggestion` for acquisitions in nested callbacks or other methods, for classes
 * that must get a `dispose()`, and for code with no owner (return a stop function); `none`
 * where no rewrite is safe to propose.
 */
import type { CallExpression, Node } from '@babel/types';
import { defineRule, type FixProposal, type RuleContext } from '../src/engine/rule';
import type { TextEdit } from '../src/report/finding';
import { createTransform } from '../src/engine/transform';
import type { NodePath } from '../src/engine/traverse';
import { describeReleasePlace } from '../src/analysis/describe-release-place';
import { resolveAcquisitionHandle, type AcquisitionHandle } from '../src/analysis/acquisition-handle';
import { planHandleCapture, type HandleCapture } from '../src/analysis/handle-capture';
import { resolveHandleUsage } from '../src/analysis/handle-usage';
import { resolveLifecycleCallback } from '../src/analysis/lifecycle-callback';
import { mergeEdits } from '../src/analysis/merge-edits';
import { describeOwnerEnd } from '../src/analysis/owner-end';
import { resolveOwnerScope, type OwnerScope } from '../src/analysis/owner-scope';
import { buildReleaseEdits } from '../src/analysis/release-edits';
import { resolveReleasePlace } from '../src/analysis/release-place';
import { isFunctionNode } from '../src/analysis/scope';
import { findLoopStarter, resolveReschedulingLoop } from '../src/analysis/self-rescheduling';
import { resolveTimerCall, type TimerCall } from '../src/analysis/timer-call';

export interface TimerCleanupOptions {
  effectHooks: string[];
  reportProcessLifetime: boolean;
}

interface TimerCandidate {
  path: NodePath;
  timer: TimerCall;
  handle: AcquisitionHandle;
  owner: OwnerScope;
  /** Made process-lifetime on purpose (`.unref()`, module level): reported only with `reportProcessLifetime`. */
  processLifetime: boolean;
  /**
   * Part of a self-rescheduling loop (`function loop() { ...; requestAnimationFrame(loop); }`):
   * `starter` starts it from the owner (its fix also keeps the rescheduling call's handle);
   * `reschedule` is the call inside the loop, when nothing starts it with a timer.
   */
  rescheduling: { role: 'starter'; reschedule: NodePath } | { role: 'reschedule'; fn: NodePath } | null;
}

// ---- matcher: which timer calls leak ----------------------------------------------------------

/** Which role `path` plays in a self-rescheduling loop; `skip` when another finding's fix covers it. */
function matchRescheduling(path: NodePath, timer: TimerCall, context: RuleContext<TimerCleanupOptions>): TimerCandidate['rescheduling'] | 'skip' {
  const isSameTimer = (other: NodePath): boolean => resolveTimerCall(other)?.resource.id === timer.resource.id;
  const loop = resolveReschedulingLoop(path as NodePath<CallExpression>, isSameTimer);
  if (!loop) return null;
  if (loop.reschedule.node !== path.node) return { role: 'starter', reschedule: loop.reschedule };
  const starter = findLoopStarter(loop, isSameTimer);
  if (starter) {
    const starterOwner = resolveOwnerScope(starter, { effectHooks: context.options.effectHooks, sfc: context.sfc });
    // Skip: the call that starts the loop is fixed, and its fix keeps this handle too.
    if (starterOwner.kind !== 'none' && starterOwner.kind !== 'module') return 'skip';
  }
  return { role: 'reschedule', fn: loop.fn };
}

function matchTimer(path: NodePath, context: RuleContext<TimerCleanupOptions>): TimerCandidate | null {
  const timer = resolveTimerCall(path);
  if (!timer) return null;
  let handle = resolveAcquisitionHandle(path);
  let processLifetime = false;
  // `setInterval(...).unref()` returns the timer itself: follow the value past `.unref()`.
  if (handle.kind === 'chained' && handle.method === 'unref') {
    const unrefCall = handle.expression.parentPath!.parentPath!;
    const kept = resolveAcquisitionHandle(unrefCall);
    if (kept.kind === 'discarded' || kept.kind === 'variable' || kept.kind === 'member') handle = { ...kept, expression: handle.expression } as AcquisitionHandle;
    processLifetime = true;
  }
  switch (handle.kind) {
    // Skip: the caller, or whatever received the handle, owns the timer.
    case 'returned':
      // ...unless the caller is React or Svelte, which take a returned value for a cleanup function.
      if (!isReturnedToEffect(handle.expression)) return null;
      break;
    case 'escapes':
      return null;
    case 'chained':
      if (handle.method !== 'unref') return null;
      break;
    case 'variable':
    case 'member': {
      const kept = handle.kind === 'variable' ? { kind: 'variable' as const, binding: handle.binding } : { kind: 'member' as const, member: handle.member };
      const usage = resolveHandleUsage(kept, path, timer.resource.release);
      // Skip: released where the owner can reach (also from inside its own callback), or handed on.
      if (usage.released || usage.escapes) return null;
      processLifetime = processLifetime || usage.unref;
      break;
    }
    default:
      break;
  }
  const owner = resolveOwnerScope(path, { effectHooks: context.options.effectHooks, sfc: context.sfc });
  // Skip: started by the release method itself (`close() { setTimeout(forceExit, 5000) }`): teardown's own work.
  if (owner.classOwner?.memberName && owner.classOwner.releaseMembers.has(owner.classOwner.memberName) && owner.classOwner.existingRelease) return null;
  // Skip: a one-shot timer outside any owner scope runs once and is gone (a class with no way
  // to dispose of it has no "gone" for the callback to outlive).
  if (!timer.resource.repeating && (owner.kind === 'none' || owner.kind === 'module' || owner.kind === 'plain-class')) return null;
  if (owner.kind === 'module') processLifetime = true;
  if (processLifetime && !context.options.reportProcessLifetime) return null;
  const rescheduling = handle.kind === 'discarded' ? matchRescheduling(path, timer, context) : null;
  if (rescheduling === 'skip') return null;
  return { path, timer, handle, owner, processLifetime, rescheduling };
}

/** `useEffect(() => setInterval(...))`: the effect hands the handle to a framework that drops it. */
function isReturnedToEffect(expression: NodePath): boolean {
  const fn = expression.parent?.type === 'ArrowFunctionExpression' ? expression.parentPath : expression.findParent((p) => isFunctionNode(p.node));
  const lifecycle = fn ? resolveLifecycleCallback(fn) : null;
  return lifecycle?.framework === 'react' || lifecycle?.framework === 'svelte';
}

// ---- messages ---------------------------------------------------------------------------------

function describeCandidate({ timer, handle, owner, processLifetime }: TimerCandidate): string {
  const name = `${timer.reference.name}()`;
  if (processLifetime) {
    return `${name} lives as long as the process (${owner.kind === 'module' ? 'module level' : '.unref()'}); nothing ever stops it.`;
  }
  const end = describeOwnerEnd(owner.kind);
  if (!end) return `${name} is never cleared, and nothing here decides when it should stop.`;
  if (!timer.resource.repeating) return `The ${name} callback can still run after ${end}: it is never cancelled.`;
  if (handle.kind === 'discarded' || handle.kind === 'unsupported' || handle.kind === 'returned') {
    return `${name} keeps running after ${end}: its handle is dropped, so nothing can clear it.`;
  }
  return `${name} keeps running after ${end}: its handle is never cleared.`;
}

// ---- rewriter: keep the handle, release it in the owner's release place -----------------------

/** `clearInterval(intervalId)`, guarded when TypeScript says the handle may be unset. */
function formatRelease(timer: TimerCall, capture: HandleCapture, context: RuleContext<TimerCleanupOptions>): string {
  const call = `${timer.releaseCallee}(${capture.text})`;
  if (context.language === 'js' || capture.unset === 'never') return call;
  if (capture.unset === 'undefined') return timer.resource.releaseAcceptsUndefined ? call : `if (${capture.text} !== undefined) ${call}`;
  return capture.unset === 'null' ? `if (${capture.text} !== null) ${call}` : `if (${capture.text} != null) ${call}`;
}

/**
 * `, 0` after the callback of `setTimeout(fn)` when its handle gets a declared
 * `ReturnType<typeof setTimeout>`: with the DOM lib and an @types/node whose `ms` is required
 * (before 16), `setTimeout(fn)` picks the DOM overload (`number`) while the type names Node's
 * (`Timeout`). With the delay written, both name the same overload; the timer runs as before.
 */
function buildExplicitDelayEdits(call: CallExpression, timer: TimerCall, capture: HandleCapture, context: RuleContext<TimerCleanupOptions>): TextEdit[] {
  const [callback, ...rest] = call.arguments;
  if (!capture.declaresType || !callback || rest.length > 0 || !timer.handleType.startsWith('ReturnType<')) return [];
  if (timer.reference.name !== 'setTimeout' && timer.reference.name !== 'setInterval') return [];
  // Before the call's `)`: past any parentheses around the callback, after a trailing comma.
  const close = call.end! - 1;
  const hasTrailingComma = context.source.slice(callback.end!, close).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').includes(',');
  return [{ start: close, end: close, text: hasTrailingComma ? ' 0' : ', 0' }];
}

const CLOSURE_PLACES = new Set(['returned-cleanup', 'teardown-hook', 'cleanup-call', 'abort-listener']);
/** Places whose release is registered right after each acquisition (so each one gets its own). */
const REGISTERED_NEXT_TO_ACQUISITION = new Set(['cleanup-call', 'abort-listener', 'destroy-ref']);

function buildFix(candidate: TimerCandidate, context: RuleContext<TimerCleanupOptions>, reserve: (scope: Node) => Set<string>): FixProposal | null {
  const { path, timer, handle, owner, rescheduling } = candidate;
  const { place } = resolveReleasePlace(owner, path);
  if (!place) return null;
  // In a loop, one variable or field would keep only the last of many handles: no honest rewrite.
  if (owner.inLoop && !REGISTERED_NEXT_TO_ACQUISITION.has(place.kind)) return null;
  // A rescheduling loop's starter keeps the handle in a `let` that the rescheduling call updates.
  const sharesLoopHandle = rescheduling?.role === 'starter' && CLOSURE_PLACES.has(place.kind);
  const capture = planHandleCapture(
    { place, handle, baseName: timer.resource.handleName, handleType: timer.handleType, reserved: reserve, mutable: sharesLoopHandle },
    context,
  );
  if (!capture) return null;
  const release = formatRelease(timer, capture, context);
  const releaseEdits = buildReleaseEdits({ place, statements: [release], acquisitionEnd: handle.expression.node.end! }, context);
  if (!releaseEdits) return null;
  const rescheduleAt = sharesLoopHandle && rescheduling?.role === 'starter' ? rescheduling.reschedule.node.start! : -1;
  const loopEdits = rescheduleAt >= 0 ? [{ start: rescheduleAt, end: rescheduleAt, text: `${capture.text} = ` }] : [];
  // A synchronous loop directly in the owner: its latest handle is always the one to release.
  const isOwnedLoop =
    rescheduling?.role === 'reschedule' && CLOSURE_PLACES.has(place.kind) && owner.nested.length === 1 && owner.nested[0]!.node === rescheduling.fn.node;
  const inAcquirePlace = owner.inAcquirePlace || isOwnedLoop;
  // A controller made right here may never be aborted: tying the timer to it needs a person's review.
  const localController = owner.kind === 'cancellable-function' && owner.signal?.source === 'controller';
  // A created `ngOnDestroy` would hide one the base class may have (a project `BaseComponent`'s).
  const hidesBaseRelease = place.kind === 'class-method' && !place.classOwner.existingRelease && place.classOwner.baseMayRelease;
  const safe = inAcquirePlace && !candidate.processLifetime && owner.kind !== 'none' && owner.kind !== 'plain-class' && !localController && !hidesBaseRelease;
  return {
    edits: mergeEdits([...capture.edits, ...buildExplicitDelayEdits(path.node as CallExpression, timer, capture, context), ...loopEdits, ...releaseEdits]),
    safe,
    description: `keep the handle and call ${release.replace(/^if \(.*?\) /, '')} ${describeReleasePlace(place)}`,
  };
}


export const rule = defineRule<TimerCleanupOptions>({
  meta: {
    id: 'timer-cleanup',
    description: 'A timer that is never cleared keeps its callback (and everything it holds) alive after its owner is gone.',
    goAnalogue: 'a time.Ticker that is never stopped',
    fixLevel: 'auto',
    prefilter: /\b(?:setInterval|setTimeout|requestAnimationFrame|requestIdleCallback)\b/,
    docs: 'docs/rules/timer-cleanup.md',
    options: {
      effectHooks: {
        type: 'string[]',
        default: [],
        description: 'Project hooks that take an effect callback with React\'s cleanup contract (e.g. `useIsomorphicLayoutEffect`).',
      },
      reportProcessLifetime: {
        type: 'boolean',
        default: false,
        description: 'Also report timers made process-lifetime on purpose (`.unref()`) and module-level intervals, as suggestions.',
      },
    },
  },
  create(context) {
    const reserved = new Map<Node, Set<string>>();
    const reserve = (scope: Node): Set<string> => {
      let names = reserved.get(scope);
      if (!names) reserved.set(scope, (names = new Set()));
      return names;
    };
    return {
      CallExpression(path: NodePath) {
        const candidate = matchTimer(path, context);
        if (!candidate) return;
        const fix = buildFix(candidate, context, reserve);
        context.report({
          node: path.node,
          message: describeCandidate(candidate),
          fix: fix && candidate.processLifetime ? { ...fix, safe: false } : fix,
          // Report-only: an interval runs for ever (sure); a one-shot callback after the owner's end is often harmless.
          confidence: candidate.processLifetime ? 'low' : candidate.timer.resource.repeating ? 'high' : 'medium',
        });
      },
    };
  },
});

export default createTransform(rule);
