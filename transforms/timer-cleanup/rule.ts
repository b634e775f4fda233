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
 * whose callback can run after the owner is gone (unless the callback only releases things: a
 * deferred cleanup). Expression-bodied owner callbacks get a block body; timers started in a
 * loop keep every handle in an array (see `timer-cleanup/`). The owner analysis, the release places and
 * the handle capture live in `src/analysis/`; this rule only says which calls are timers and
 * what releases them.
 *
 * Fix level: `auto` in a recognised owner scope (effect cleanup, `onBeforeUnmount`, a Vue
 * component's `beforeUnmount` / `beforeDestroy` when the file shows the Vue major, `ngOnDestroy`, `disconnectedCallback`, `componentWillUnmount`, the disposal method, release
 * on abort); `suggestion` for a one-shot timer in an effect that re-runs (dependencies that are
 * not `[]`, Svelte `$effect`, Solid `createEffect`: the cleanup would cancel it on a dependency
 * change), for acquisitions in nested callbacks or other methods, for classes
 * that must get a `dispose()`, and for code with no owner (return a stop function); `none`
 * where no rewrite is safe to propose.
 */
import { createNameReservations, type NameReservations } from '../../src/analysis/edits/name-reservations';
import { isCleanupFixCertain } from '../../src/analysis/lifecycle/cleanup-fix-certainty';
import type { CallExpression, Node } from '@babel/types';
import { defineRule, type FixProposal, type RuleContext } from '../../src/core/rule';
import type { TextEdit } from '../../src/core/finding';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { addImport } from '../../src/analysis/edits/add-import';
import { describeReleasePlace } from '../../src/analysis/lifecycle/describe-release-place';
import { resolveAcquisitionHandle, type AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import { planHandleCapture, type HandleCapture } from '../../src/analysis/resources/handle-capture';
import { resolveHandleUsage } from '../../src/analysis/resources/handle-usage';
import { isReturnedToEffect } from '../../src/analysis/lifecycle/returned-to-effect';
import { toKeptHandle } from '../../src/analysis/resources/kept-handle';
import { isOutsideOwnerLifetime } from '../../src/analysis/lifecycle/outside-owner-lifetime';
import { findTeardownCallback } from '../../src/analysis/lifecycle/teardown-callback';
import { followUnref } from '../../src/analysis/resources/unref-follow';
import { planNewDisposalMethod } from '../../src/analysis/lifecycle/creator-dispose';
import { describeInstanceCreations, findInstanceCreations } from '../../src/analysis/lifecycle/instance-creations';
import { showsRepeatedRun } from '../../src/analysis/lifecycle/shown-repetition';
import { isAppRootComponentPath } from '../../src/analysis/lifecycle/app-root-component';
import { isAppLifetimeService } from '../../src/analysis/lifecycle/app-lifetime-service';
import { mergeEdits } from '../../src/analysis/edits/merge-edits';
import { describeOwnerEnd } from '../../src/analysis/lifecycle/owner-end';
import { findEffectLatch, type EffectLatch } from '../../src/analysis/lifecycle/effect-latch';
import { isNestSingletonPerCall, resolveOwnerScope, type OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { describeProcessLifetime, resolveProcessLifetime } from '../../src/analysis/lifecycle/process-lifetime';
import { buildReleaseEdits } from '../../src/analysis/edits/release-edits';
import { resolveReleasePlace, type ReleasePlace } from '../../src/analysis/lifecycle/release-place';
import { appendStatementsToBlock, insertStatementsBefore, terminate } from '../../src/analysis/edits/statement-edits';
import { skipTrivia } from '../../src/analysis/syntax/trivia';
import { getUniqueIdentifier } from '../../src/analysis/edits/unique-identifier';
import { isScriptOrExamplePath, isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import { findLoopStarter, planLoopRegistration, resolveReschedulingLoop, type ReschedulingLoop } from './self-rescheduling';
import { hasRescheduleExit } from '../../src/analysis/resources/reschedule-exit';
import { resolveTimerCall, type TimerCall } from './timer-call';
import { callsHandedCompletion, emitsOwnDestroyEnd, settlesEnclosingPromise } from './settles-promise';
import { resolveDeferredRelease } from './deferred-release';
import { isGuardedByTeardownFlag } from './teardown-flag-guard';
import { resolveParentCallback } from './parent-callback';
import { buildAssignmentBody, buildCleanupCallBody, buildReturnedCleanupBody, resolveExpressionBodyOwner, type ExpressionBodyOwner } from './expression-body-owner';
import { isStartedByRepeatedCallback, planLoopHandles } from './loop-handles';
import { resolveHookLoop, type HookLoop } from './hook-loop';
import { formatCleanupFunction } from '../../src/analysis/lifecycle/returned-cleanup';
import { isPerCallMethodTimer } from './per-call-timer';
import { isAcquirePlaceApartFromLoop, isRepeatedInOwner } from '../../src/analysis/lifecycle/repeated-acquisition';
import { describeEffectRerun, resolveEffectRerun, type EffectRerun } from './effect-reruns';
import { findEffectOnceGuard } from './effect-once-guard';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { isValueWrapper } from '../../src/core/node-helpers';
import { getGuardTests } from '../../src/analysis/syntax/guard-tests';
import { mentionsName } from '../../src/analysis/syntax/mentions-name';
import { meta, type TimerCleanupOptions } from './meta';
export type { TimerCleanupOptions } from './meta';

interface TimerCandidate {
  path: NodePath;
  /**
   * Started directly in a teardown (`onDestroy`, `the effect's cleanup`, `ngOnDestroy()`): a
   * repeating timer there is never cleared after it (report-only; clearing it "at teardown" would
   * sit beside the start). A one-shot one is the teardown's own deferred work: not a candidate.
   */
  startedAtTeardown: string | null;
  timer: TimerCall;
  handle: AcquisitionHandle;
  owner: OwnerScope;
  /** Made process-lifetime on purpose (`.unref()`, module level): reported only with `reportProcessLifetime`. */
  processLifetime: boolean;
  /** In a root-provided Angular service with no teardown (app-lifetime-service.ts): it lives as long as the app. */
  appLifetime: boolean;
  /**
   * A one-shot timer a NestJS singleton (class-owner.ts `nestSingleton`) starts in a handler that
   * runs per request or event: its teardown hook runs only when the app closes, so an array of
   * handles kept for it would grow by one per call for the app's life. No fix; `low`.
   */
  nestPerCall: boolean;
  /** Why it lives as long as the process, for the message (`module level`, `.unref()`, `in main(), ...`). */
  lifetimeReason: string;
  /**
   * Part of a self-rescheduling loop (`function loop() { ...; requestAnimationFrame(loop); }`):
   * `starter` starts it from the owner (its fix also keeps the rescheduling call's handle);
   * `reschedule` is the call inside the loop, when nothing starts it with a timer.
   */
  rescheduling: { role: 'starter'; reschedule: NodePath } | { role: 'reschedule'; fn: NodePath; loop: ReschedulingLoop } | null;
  /**
   * A one-shot timer in an effect that re-runs while the component lives (`useEffect(fn, [notice])`):
   * its cleanup also runs on a dependency change, so clearing the timer there may cancel a callback
   * that was meant to fire once. The fix is a suggestion (issue 8, item 1).
   */
  cancelledByRerun: EffectRerun | null;
  /**
   * The callback also releases something (`el.removeEventListener(...)`) besides other work:
   * cancelling the timer would skip that release, so the fix is a suggestion (issue 8, item 3).
   */
  skipsRelease: boolean;
  /**
   * A one-shot timer of a React component whose callback only calls a callback of its props
   * (`this.props.onExpire(id)`): the parent's code, which may be its own bookkeeping
   * (parent-callback.ts). The callee text, else `null`.
   */
  parentCallback: string | null;
  /** Started in a `.then` / `.catch` / `.finally` callback in a cancellable function: after the signalled work is over. */
  afterOperation: boolean;
  /** The timer's statement is directly in a `case` clause: a `const` for its handle there breaks `no-case-declarations`. */
  inSwitchCase: boolean;
  /**
   * The handle is a module-level `let` the owner also tests (`if (!!intervalId) return;`): it is
   * the "already started" flag too, and a cleanup that clears the timer but leaves the flag set
   * stops the next run from starting it again (openreplay's ErrorsBadge).
   */
  startedGuard: boolean;
  /** Started under a test of the timer API itself (`if (globalThis.requestIdleCallback)`): its release must be guarded the same way. */
  featureGuarded: boolean;
  /**
   * A one-shot timer an effect schedules behind a guard the same run sets (`if (!announced.current)
   * { setTimeout(…); announced.current = true }`, `prevKind = kind`): the guard's text. Cancelling
   * it in the cleanup would drop the call for good (the re-run does not schedule it again), so
   * the finding is report-only, `low` (effect-once-guard.ts).
   */
  onceGuard: string | null;
  /**
   * The React effect that starts it latches itself (effect-latch.ts: it sets a state it lists
   * among its dependencies and returns early once it is set): a cleanup would run at the re-render
   * that set causes and end the timer for good. Report-only, `medium`.
   */
  latch: EffectLatch | null;
}

// ---- matcher: which timer calls leak ----------------------------------------------------------

/** Which role `path` plays in a self-rescheduling loop; `skip` when another finding's fix covers it, or the loop ends itself. */
function matchRescheduling(path: NodePath, timer: TimerCall, context: RuleContext<TimerCleanupOptions>): TimerCandidate['rescheduling'] | 'skip' {
  const isSameTimer = (other: NodePath): boolean => resolveTimerCall(other)?.resource.id === timer.resource.id;
  const loop = resolveReschedulingLoop(path as NodePath<CallExpression>, isSameTimer);
  if (!loop) return null;
  // Skip: the loop ends itself (`if (finished || controller.signal.aborted) { …; return; }`), like an
  // interval cleared from its own callback. Cancelling the pending round on the owner's end would
  // skip the loop's own end branch, and a release registered next to the rescheduling call would
  // be registered once per round (NextChat's response animation: one abort listener per frame).
  // Its starter (`requestAnimationFrame(loop)` from outside) starts a loop that ends itself too.
  if (hasRescheduleExit(loop.fn, loop.reschedule)) return 'skip';
  if (loop.reschedule.node !== path.node) return { role: 'starter', reschedule: loop.reschedule };
  const starter = findLoopStarter(loop, isSameTimer);
  if (starter) {
    const starterOwner = resolveOwnerScope(starter, { effectHooks: context.options.effectHooks, sfc: context.sfc, vueMajor: context.settings.target.vueMajor, project: context.project });
    // Skip: the call that starts the loop is fixed, and its fix keeps this handle too.
    if (starterOwner.kind !== 'none' && starterOwner.kind !== 'module') return 'skip';
  }
  return { role: 'reschedule', fn: loop.fn, loop };
}

/** The timer starts or continues a self-rescheduling loop (self-rescheduling.ts). */
function isInReschedulingLoop(path: NodePath, timer: TimerCall): boolean {
  const isSameTimer = (other: NodePath): boolean => resolveTimerCall(other)?.resource.id === timer.resource.id;
  return resolveReschedulingLoop(path as NodePath<CallExpression>, isSameTimer) !== null;
}

function matchTimer(path: NodePath, context: RuleContext<TimerCleanupOptions>): TimerCandidate | null {
  const timer = resolveTimerCall(path);
  if (!timer) return null;
  // Skip: a deferred cleanup (`setTimeout(() => el.removeEventListener(...), 100)`): cancelling it
  // at teardown would keep alive what it was meant to release.
  const deferredRelease = timer.resource.repeating ? null : resolveDeferredRelease(path as NodePath<CallExpression>);
  if (deferredRelease === 'all') return null;
  // Skip: a one-shot timer that settles the promise it is written in (`new Promise((resolve) =>
  // requestAnimationFrame(() => resolve()))`): cancelling it would leave that promise pending for ever.
  if (!timer.resource.repeating && settlesEnclosingPromise(path as NodePath<CallExpression>)) return null;
  // Skip: the same for a completion callback handed in last (`error(code, msg, cb) { setTimeout(cb, 1); }`):
  // cancelling the timer would leave the caller's callback never called (settles-promise.ts).
  // Not a timer in a rescheduling loop (`run(done) { setTimeout(() => { done(); this.run(done); }, 0) }`): the loop runs on.
  if (!timer.resource.repeating && callsHandedCompletion(path as NodePath<CallExpression>) && !isInReschedulingLoop(path, timer)) return null;
  // Skip: the same for the end event of a teardown in progress (`stream.destroy = () => { setTimeout(() => stream.emit('close'), 0); }`).
  if (!timer.resource.repeating && emitsOwnDestroyEnd(path as NodePath<CallExpression>)) return null;
  let handle = resolveAcquisitionHandle(path);
  // `setInterval(...).unref()` returns the timer itself: follow the value past `.unref()`.
  const unrefed = followUnref(handle);
  let processLifetime = unrefed !== null;
  if (unrefed) handle = unrefed;
  switch (handle.kind) {
    // Skip: the caller, or whatever received the handle, owns the timer.
    case 'returned':
      // ...unless the caller is an effect or mount hook: React and Svelte take only a returned
      // function for a cleanup, Vue and Solid ignore the value.
      if (!isReturnedToEffect(handle.expression, context.options.effectHooks)) return null;
      break;
    case 'escapes':
      return null;
    case 'chained':
      if (handle.method !== 'unref') return null;
      break;
    case 'variable':
    case 'member': {
      // A timer runs from the moment it is set: a clear right before the same code sets it again
      // (`clearTimeout(ref.current); ref.current = setTimeout(…)`) never ends the last one.
      const usage = resolveHandleUsage(toKeptHandle(handle)!, path, timer.resource.release, { liveFromStart: true });
      // Skip: released where the owner can reach (also from inside its own callback), or handed on.
      if (usage.released || usage.escapes) return null;
      processLifetime = processLifetime || usage.unref;
      break;
    }
    default:
      break;
  }
  const owner = resolveOwnerScope(path, { effectHooks: context.options.effectHooks, sfc: context.sfc, vueMajor: context.settings.target.vueMajor, project: context.project });
  // Skip: started by the release method itself (`close() { setTimeout(forceExit, 5000) }`): teardown's own work.
  // Not an interval started directly in a framework's teardown (`componentWillUnmount`, `onDestroy(() => …)`):
  // nothing runs after it to clear it (teardown-callback.ts).
  const startedAtTeardown = findTeardownCallback(path, owner, context.sfc);
  if (isOutsideOwnerLifetime(owner) && !(startedAtTeardown && timer.resource.repeating)) return null;
  // Skip: a one-shot timer outside any owner scope runs once and is gone (a class with no way
  // to dispose of it has no "gone" for the callback to outlive).
  if (!timer.resource.repeating && (owner.kind === 'none' || owner.kind === 'module' || owner.kind === 'plain-class')) return null;
  // Skip: in a cancellable function, a one-shot timer in a `finally` clause: bookkeeping that
  // must run whatever ended the work, an abort included (openreplay's dashboard store counts a
  // pending request down 100 ms after `finally`; cancelling it on abort left the count up for good)
  const signalScope = owner.kind === 'cancellable-function' ? getSignalScope(owner) : null;
  if (signalScope && !timer.resource.repeating && isInFinallyClause(path, signalScope)) return null;
  const lifetime = resolveProcessLifetime(owner, path);
  const lifetimeReason = lifetime ? describeProcessLifetime(lifetime, owner) : '.unref()';
  if (lifetime) processLifetime = true;
  if (processLifetime && !context.options.reportProcessLifetime) return null;
  const rescheduling = handle.kind === 'discarded' ? matchRescheduling(path, timer, context) : null;
  if (rescheduling === 'skip') return null;
  // A self-rescheduling loop repeats like an interval: stopping it on a re-run is the fix.
  const oneShot = !timer.resource.repeating && rescheduling === null;
  // Skip: a one-shot timer in a root-provided Angular service with no teardown: the service lives
  // as long as the app, so the callback runs once while its owner is still there (as in a class
  // with no lifecycle). A repeating one is reported with no fix: a clear on its destroy would run
  // only when the app ends.
  const appLifetime = !processLifetime && isAppLifetimeService(owner);
  if (appLifetime && oneShot) return null;
  const nestPerCall = oneShot && isNestSingletonPerCall(owner);
  // Skip: a one-shot timer started directly in a teardown hook (`onDestroy(() => setTimeout(…))`): the
  // teardown's own deferred work, as in a release method; it runs once and is gone.
  if (startedAtTeardown && oneShot) return null;
  // Skip: a one-shot timer whose arrow callback first returns on the flag the class's release method
  // sets (`if (this.unmounted) return;`): it does nothing once the owner is gone (teardown-flag-guard.ts)
  if (oneShot && isGuardedByTeardownFlag(path as NodePath<CallExpression>, owner)) return null;
  const cancelledByRerun = oneShot ? resolveEffectRerun(owner, (start, end) => context.source.slice(start, end)) : null;
  const afterOperation = signalScope !== null && !timer.resource.repeating && isInPromiseContinuation(path, signalScope);
  const startedGuard = handle.kind === 'variable' && handle.binding.scope.type === 'Program' && isTestedIn(owner.scope.node, handle.binding.name);
  // Case: `if (globalThis.requestIdleCallback) { … requestIdleCallback(…) }`: the API may be missing
  // (a worker, Safari), and the release written elsewhere would call its twin unguarded
  const featureGuarded = getGuardTests(path).some((test) => mentionsName(test, timer.reference.name) || mentionsProperty(test, timer.reference.name));
  const onceGuard = oneShot && !processLifetime ? findEffectOnceGuard(path, owner) : null;
  const latch = processLifetime ? null : findEffectLatch(owner, path);
  // Case: `setTimeout(() => this.props.onExpire(this.props.id), 5000)`: it only tells the parent
  const parentCallback = oneShot && (owner.kind === 'react-class' || owner.kind === 'react-effect') ? resolveParentCallback(path as NodePath<CallExpression>, context.source.text) : null;
  return { path, startedAtTeardown, timer, handle, owner, processLifetime, appLifetime, nestPerCall, lifetimeReason, rescheduling, cancelledByRerun, skipsRelease: deferredRelease === 'some', parentCallback, afterOperation, inSwitchCase: isStatementOfSwitchCase(path), startedGuard, featureGuarded, onceGuard, latch };
}

// ---- messages ---------------------------------------------------------------------------------

function describeCandidate(candidate: TimerCandidate, hasFix: boolean): string {
  const leak = describeLeak(candidate, hasFix);
  if (candidate.latch && !candidate.onceGuard) return `${leak} ${describeLatch(candidate.latch, candidate.timer)}`;
  const message = candidate.parentCallback && hasFix
    ? `${leak} Its callback only calls a function of its props (\`${candidate.parentCallback}\`): the parent's code, which may run after the component is gone; cancelling it means the parent is never told (an entry it drops on that call would stay) — check that the parent does not rely on it.`
    : leak;
  if (!candidate.skipsRelease) return message;
  return `${message} Its callback also releases something: cancelling it would skip that release, so move the release into the cleanup too.`;
}

/** Why a timer in an effect that latches itself has no fix (effect-latch.ts). */
function describeLatch({ state, setter }: EffectLatch, timer: TimerCall): string {
  return `No fix: the effect stops its own re-runs — it calls \`${setter}(…)\` and returns early once \`${state}\`, one of its dependencies, is set — so a \`${timer.releaseCallee}\` in a cleanup returned from it would run at the re-render that call causes and stop the timer for good. Move it to an effect of its own. Medium confidence: it is started once per mount, and piles up only if the component mounts again.`;
}

/**
 * A class with no lifecycle whose instances this file makes only where nothing shows they are made
 * again: at module level, or in code that, as far as the file shows, runs once (shown-repetition.ts:
 * not in a loop, a handler, a function called from two places; `this.writer = new LogWriter(db)` in
 * another class's constructor, `store = new LogStore()` in an exported `init()`). Also when no code
 * of this file makes one.
 */
function isMadeOnlyOnceHere(owner: TimerCandidate['owner']): boolean {
  if (owner.kind !== 'plain-class' || !owner.classOwner) return false;
  return findInstanceCreations(owner.classOwner.classPath).every((creation) => creation.atModuleLevel || !showsRepeatedRun(creation.path));
}

function describeLeak({ timer, handle, owner, processLifetime, appLifetime, nestPerCall, lifetimeReason, cancelledByRerun, startedAtTeardown, onceGuard }: TimerCandidate, hasFix: boolean): string {
  const name = `${timer.reference.name}()`;
  if (startedAtTeardown) return `${name} is started in ${startedAtTeardown}, which runs when its owner goes away: nothing clears it after that, and it runs for good. A timer started at teardown is most likely a slip: meant to be cleared there (\`${timer.releaseCallee}\`) or started at mount.`;
  if (processLifetime) {
    return `${name} lives as long as the process (${lifetimeReason}); nothing ever stops it.`;
  }
  if (appLifetime) {
    return `${name} is never cleared while the app runs: the root-provided service that starts it lives as long as the app, so a clear on its destroy would change nothing, and each run of this code starts one more. Low confidence: it piles up only if this code runs again; keep the handle and clear the previous timer before starting a new one.`;
  }
  if (nestPerCall) {
    return `The ${name} callback can still run after the application closes: it is never cancelled. It is started per request or event by a NestJS singleton, which lives as long as the app: while the app runs it fires once and is gone, and an array of handles kept for \`${owner.classOwner?.releaseMethod ?? 'onModuleDestroy'}()\` would keep one per call until the app closes. Low confidence: it matters only at shutdown (a pending timer holds the process, or fires after the close); to cancel it, keep a handle per call and drop it when the timer fires.`;
  }
  const end = describeOwnerEnd(owner.kind);
  if (!end) return `${name} is never cleared, and nothing here decides when it should stop.`;
  if (owner.kind === 'plain-class' && owner.classOwner) return `${name} is never cleared. ${describeInstanceCreations(owner.classOwner.classPath, hasFix)}`;
  if (onceGuard) {
    return (
      `The ${name} callback can still run after ${end}: it is never cancelled. ` +
      `It is scheduled behind \`${onceGuard}\`, which the effect sets itself: cancelling it in the cleanup would drop the call for good, as a re-run would not schedule it again. Review whether it may run late.`
    );
  }
  if (cancelledByRerun) {
    return (
      `The ${name} callback can still run after ${end}: it is never cancelled. ` +
      `Cancelling it in the cleanup would also cancel it on ${describeEffectRerun(cancelledByRerun)} (the cleanup runs before each re-run): review that it need not fire then.`
    );
  }
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
  if (capture.unset === 'undefined' && timer.resource.releaseAcceptsUndefined) return call;
  const test = capture.unset === 'undefined' ? `${capture.text} !== undefined` : capture.unset === 'null' ? `${capture.text} !== null` : `${capture.text} != null`;
  // (Under `curly: 'error'` the statement edits put the body in braces: statement-edits.ts terminate.)
  return `if (${test}) ${call}`;
}

/**
 * `, 0` after the callback of `setTimeout(fn)` whose handle gets a declared
 * `ReturnType<typeof setTimeout>`, only in a project whose `@types/node` is older than 16
 * (`settings.target.timerDelayRequired`): there, next to the DOM lib, `setTimeout(fn)` picks the
 * DOM overload (`number`) while the type names Node's (`Timeout`). With the delay written, both
 * name the same overload; the timer runs as before. Anywhere else the call stays as written.
 */
function buildExplicitDelayEdits(call: CallExpression, timer: TimerCall, capture: HandleCapture, context: RuleContext<TimerCleanupOptions>): TextEdit[] {
  if (!context.settings.target.timerDelayRequired) return [];
  const [callback, ...rest] = call.arguments;
  if (!capture.declaresType || !callback || rest.length > 0 || !timer.handleType.startsWith('ReturnType<')) return [];
  if (timer.reference.name !== 'setTimeout' && timer.reference.name !== 'setInterval') return [];
  // Right after the callback, past the parentheses around it: a trailing comma, a comment and
  // the line break before the call's `)` stay where they are.
  const close = call.end! - 1;
  let at = callback.end!;
  for (let next = skipTrivia(context.source.text, at, close); next < close && context.source.text[next] === ')'; next = skipTrivia(context.source.text, at, close)) at = next + 1;
  return [{ start: at, end: at, text: ', 0' }];
}

const CLOSURE_PLACES = new Set(['returned-cleanup', 'teardown-hook', 'cleanup-call', 'abort-listener']);
/** Places whose release is registered right after each acquisition (so each one gets its own). */
const REGISTERED_NEXT_TO_ACQUISITION = new Set(['cleanup-call', 'abort-listener', 'destroy-ref']);

function buildFix(candidate: TimerCandidate, context: RuleContext<TimerCleanupOptions>, reserve: NameReservations): FixProposal | null {
  const { path, timer, handle, owner, rescheduling } = candidate;
  // Started at teardown: a clear beside it would be no fix (report-only).
  if (candidate.startedAtTeardown) return null;
  // In a service that lives as long as the app: a clear on its destroy would run only when the app ends.
  if (candidate.appLifetime) return null;
  // Per request in a NestJS singleton: the array of handles would grow for the app's life.
  if (candidate.nestPerCall) return null;
  const resolved = resolveReleasePlace(owner, path).place;
  // A class with no disposal method: a new `dispose()`, only together with its call where the instance is made.
  const planned = resolved ? null : planNewDisposalMethod(owner, reserve, context, context.options.effectHooks);
  const place = resolved ?? planned?.place ?? null;
  // `useEffect(() => void setInterval(...), [])`: an owner like a block body.
  const expressionBody = resolveExpressionBodyOwner(owner, path, context);
  if (!place) return expressionBody ? buildExpressionBodyCleanupFix(candidate, expressionBody, context, reserve) : null;
  // A one-shot timer a method starts with that call's own data (`add(job, delay) { setTimeout(() => push(job), delay) }`):
  // each call schedules its own work, several can be pending at once (per-call-timer.ts).
  const perCall = !timer.resource.repeating && !rescheduling && isPerCallMethodTimer(owner, path);
  // The new `dispose()` goes with its call only on the plain path below.
  if (planned && (isRepeatedInOwner(owner) || isStartedByRepeatedCallback(owner) || expressionBody || perCall)) return null;
  // A self-rescheduling loop whose release is registered next to the acquisition: registered once, not once per round.
  if (rescheduling?.role === 'reschedule' && REGISTERED_NEXT_TO_ACQUISITION.has(place.kind)) {
    return expressionBody || planned ? null : buildLoopRegistrationFix(candidate, rescheduling.loop, place, context, reserve);
  }
  // In a loop, one variable or field would keep only the last of many handles: keep them all in an array.
  if (isRepeatedInOwner(owner) && !REGISTERED_NEXT_TO_ACQUISITION.has(place.kind)) return expressionBody ? null : buildLoopFix(candidate, place, context, reserve);
  // An interval started by a callback that may run many times (an event handler): every one keeps running, keep them all.
  const startedRepeatedly = isStartedByRepeatedCallback(owner) && !rescheduling && !REGISTERED_NEXT_TO_ACQUISITION.has(place.kind);
  if (timer.resource.repeating && startedRepeatedly) {
    const all = buildLoopFix(candidate, place, context, reserve);
    if (all) return all;
  }
  // A one-shot timer started by a callback that may run many times (a click handler): several can be
  // pending at once, and one variable would cancel only the latest (docs/catalog.md: "keeps every handle ...
  // never only the latest one"). Every handle goes into the array; since the array also keeps the
  // handles of timers that already fired until the release empties it, a person decides: suggestion.
  if (!timer.resource.repeating && startedRepeatedly && !expressionBody) {
    const all = buildLoopFix(candidate, place, context, reserve);
    return all ? { ...all, safe: false, description: `${all.description} (the array keeps one handle per call until then)` } : null;
  }
  // One field would cancel only the latest call's timer, and the earlier ones would still fire after
  // the disposal: every handle goes into the array, as a suggestion (the array keeps the handles of
  // timers that already fired until the release empties it). A handle the code keeps in a field of
  // its own (`this.timer = setTimeout(…)`) is the one the class means to cancel: released as it is.
  if (perCall && !expressionBody && !REGISTERED_NEXT_TO_ACQUISITION.has(place.kind)) {
    const all = buildLoopFix(candidate, place, context, reserve);
    if (all) return { ...all, safe: false, description: `${all.description} (the array keeps one handle per call until then)` };
    if (handle.kind !== 'member') return null;
  }
  // A rescheduling loop's starter keeps the handle in a `let` that the rescheduling call updates.
  const sharesLoopHandle = rescheduling?.role === 'starter' && CLOSURE_PLACES.has(place.kind);
  const capture =
    expressionBody && place.kind === 'teardown-hook'
      ? planExpressionBodyCapture(expressionBody, place.scope, place.anchor, timer, context, reserve)
      : planHandleCapture({ place, handle, baseName: timer.resource.handleName, handleType: timer.handleType, reserved: reserve, mutable: sharesLoopHandle }, context);
  if (!capture) return null;
  const release = formatRelease(timer, capture, context);
  const releaseEdits = buildReleaseEdits({ place, statements: [release], acquisitionEnd: handle.expression.node.end! }, context);
  if (!releaseEdits) return null;
  const rescheduleAt = sharesLoopHandle && rescheduling?.role === 'starter' ? rescheduling.reschedule.node.start! : -1;
  const loopEdits = rescheduleAt >= 0 ? [{ start: rescheduleAt, end: rescheduleAt, text: `${capture.text} = ` }] : [];
  // A synchronous loop directly in the owner: its latest handle is always the one to release.
  const isOwnedLoop =
    rescheduling?.role === 'reschedule' && CLOSURE_PLACES.has(place.kind) && owner.nested.length === 1 && owner.nested[0]!.node === rescheduling.fn.node;
  const delayEdits = buildExplicitDelayEdits(path.node as CallExpression, timer, capture, context);
  // The delay would go inside the body the fix replaces: no fix rather than overlapping edits.
  if (expressionBody && delayEdits.length > 0) return null;
  return {
    edits: mergeEdits([...capture.edits, ...delayEdits, ...loopEdits, ...releaseEdits, ...(planned?.edits ?? [])]),
    safe: isSafeFix(candidate, place, owner.inAcquirePlace || isOwnedLoop),
    description: `keep the handle and call ${release.replace(/^if \(.*?\) /, '')} ${describeReleasePlace(place)}`,
  };
}

/**
 * A self-rescheduling loop released on abort (or by a `DestroyRef`), started by a plain call:
 * the latest handle in one `let` before the looping function, one release registered after it
 * (self-rescheduling.ts, planLoopRegistration).
 */
function buildLoopRegistrationFix(candidate: TimerCandidate, loop: ReschedulingLoop, place: ReleasePlace, context: RuleContext<TimerCleanupOptions>, reserve: NameReservations): FixProposal | null {
  const { path, timer, handle, owner } = candidate;
  const planned = planLoopRegistration({ loop, place, handle, baseName: timer.resource.handleName, handleType: timer.handleType, reserved: reserve }, context);
  if (!planned) return null;
  const release = formatRelease(timer, planned.capture, context);
  const releaseEdits = buildReleaseEdits({ place: planned.place, statements: [release], acquisitionEnd: planned.place.statement.node.end! }, context);
  if (!releaseEdits) return null;
  const delayEdits = buildExplicitDelayEdits(path.node as CallExpression, timer, planned.capture, context);
  return {
    edits: mergeEdits([...planned.capture.edits, ...delayEdits, ...releaseEdits]),
    safe: isSafeFix(candidate, place, owner.inAcquirePlace),
    description: `keep the latest handle and call ${release.replace(/^if \(.*?\) /, '')} ${describeReleasePlace(place)}`,
  };
}

/** A timer started many times per run of its owner: every handle goes into an array the release place empties. */
function buildLoopFix(candidate: TimerCandidate, place: ReleasePlace, context: RuleContext<TimerCleanupOptions>, reserve: NameReservations): FixProposal | null {
  const { path, timer, handle, owner } = candidate;
  if (candidate.rescheduling) return null;
  const planned = planLoopHandles(
    { place, handle, timer: path, baseName: timer.resource.handleName, handleType: timer.handleType, releaseCallee: timer.releaseCallee, reserved: reserve },
    context,
  );
  if (!planned) return null;
  // Several loops of one owner share the array the first one's fix declared and released.
  const releaseEdits = planned.released ? [] : buildReleaseEdits({ place, statements: [planned.release], acquisitionEnd: handle.expression.node.end! }, context);
  if (!releaseEdits) return null;
  const typedArray: HandleCapture = { text: '', unset: 'never', edits: [], declaresType: context.language !== 'js' };
  const delayEdits = buildExplicitDelayEdits(path.node as CallExpression, timer, typedArray, context);
  return {
    edits: mergeEdits([...planned.edits, ...delayEdits, ...releaseEdits]),
    safe: isSafeFix(candidate, place, isAcquirePlaceApartFromLoop(owner)),
    description: `keep every handle in an array and ${planned.release.replace(/^for \(const (\w+) of .*?\) /, 'call ')} for each ${describeReleasePlace(place)}`,
  };
}

/** Whether a fix for `candidate` is `auto`: the one place this rule decides it (with buildFix's place-specific checks). */
function isSafeFix(candidate: TimerCandidate, place: ReleasePlace | null, inAcquirePlace: boolean): boolean {
  return (
    isCleanupFixCertain({ owner: candidate.owner, place, inAcquirePlace, processLifetime: candidate.processLifetime }) &&
    // The effect's cleanup also runs on every re-run: a one-shot timer could be cancelled before it fires.
    !candidate.cancelledByRerun &&
    // Cancelling the timer would also cancel the release its callback makes.
    !candidate.skipsRelease &&
    // Cancelling it would also skip the parent's callback (its own bookkeeping, perhaps).
    !candidate.parentCallback &&
    // Started once the signalled work is over (siyuan's page reload 3 s after a 401 answer): whether
    // an abort that comes later should cancel it is for a person to decide.
    !candidate.afterOperation &&
    !candidate.inSwitchCase &&
    !candidate.startedGuard &&
    !candidate.featureGuarded &&
    // Kept on one of the class's records (`batch.timer = setTimeout(…)`, `batch` a per-key entry):
    // one field would cancel only the latest record's timer.
    !isKeptOnRecord(candidate)
  );
}

/** `rec.timer = setTimeout(…)` in a class, `rec` a local object (not `this`, not module state). */
function isKeptOnRecord({ handle, path }: TimerCandidate): boolean {
  if (handle.kind !== 'member') return false;
  const root = handle.member.root;
  return root !== 'this' && root.scope.type !== 'Program' && resolveThisClass(path) !== null;
}

/** React / Svelte `() => void setInterval(...)`: a block body that keeps the handle and returns the cleanup. */
function buildExpressionBodyCleanupFix(
  candidate: TimerCandidate,
  body: ExpressionBodyOwner,
  context: RuleContext<TimerCleanupOptions>,
  reserve: NameReservations,
): FixProposal | null {
  const { timer, owner } = candidate;
  const name = getUniqueIdentifier({ base: timer.resource.handleName, scope: owner.scope, reserved: reserve(owner.scope.node) });
  const release = `${timer.releaseCallee}(${name})`;
  if (owner.kind === 'react-effect' || owner.kind === 'svelte-effect') {
    return {
      edits: [buildReturnedCleanupBody(body, name, release, context)],
      safe: isSafeFix(candidate, null, owner.inAcquirePlace),
      description: `give the callback a block body, keep the handle and call ${release} in the cleanup it returns`,
    };
  }
  if (owner.kind === 'solid-effect') {
    // Case: Solid `onMount(() => setInterval(...))` -> `{ const id = ...; onCleanup(() => release); }`
    const imported = addImport({ program: context.ast.program, source: context.source, style: context.style, filename: context.filename }, { module: 'solid-js', name: 'onCleanup' });
    return {
      edits: mergeEdits([...imported.edits, buildCleanupCallBody(body, name, `${imported.local}(() => ${release})`, context)]),
      safe: isSafeFix(candidate, null, owner.inAcquirePlace),
      description: `give the callback a block body, keep the handle and call ${release} in onCleanup`,
    };
  }
  return null;
}

/** Vue `onMounted(() => setInterval(...))`: `let id` in the setup code, `() => { id = setInterval(...); }`. */
function planExpressionBodyCapture(
  body: ExpressionBodyOwner,
  setupScope: NodePath,
  anchor: NodePath,
  timer: TimerCall,
  context: RuleContext<TimerCleanupOptions>,
  reserve: NameReservations,
): HandleCapture {
  const name = getUniqueIdentifier({ base: timer.resource.handleName, scope: setupScope, reserved: reserve(setupScope.node) });
  const type = context.language === 'js' ? '' : `: ${timer.handleType} | undefined`;
  const declaration = insertStatementsBefore(anchor.node, [terminate(`let ${name}${type}`, context)], context);
  return { text: name, unset: 'undefined', edits: [declaration, buildAssignmentBody(body, name, context)], declaresType: context.language !== 'js' };
}

export const rule = defineRule<TimerCleanupOptions>({
  meta,
  create(context) {
    // Skip: a test file; the test-time leak check (`unleak/testing`) sees what its timers really do.
    if (!context.options.includeTests && isTestFilePath(context.filename)) return {};
    const reserve = createNameReservations();
    return {
      CallExpression(path: NodePath) {
        if (reportHookLoop(path, context)) return;
        const candidate = matchTimer(path, context);
        if (!candidate) return;
        // No fix behind a guard the effect sets: cancelling the call would lose it (effect-once-guard.ts).
        // No fix in an effect that latches itself either: its cleanup would end the timer right after it starts (effect-latch.ts).
        const fix = candidate.onceGuard || candidate.latch ? null : buildFix(candidate, context, reserve);
        context.report({
          node: path.node,
          message: describeCandidate(candidate, fix !== null),
          fix,
          // Report-only: an interval runs for ever (sure); a one-shot callback after the owner's end is often harmless.
          // In a class with no lifecycle that only module code makes (or no code of this file), how many
          // instances run it depends on code elsewhere: the class may well be one of a kind (dockge's
          // `const checkVersion = new CheckVersion()`). The same when the file makes it only in code
          // that, as far as it shows, runs once (another class's constructor, an exported `init()`).
          // In the app's root component (App.vue, SvelteKit's root layout), mounted once for the page's life: medium.
          // With no owner at all (a plain function: "nothing here decides when it should stop"), how often it runs
          // is decided by its callers, which other files or pages hold: most such intervals are started once by
          // intent (issue 15's labels: 1 real of 8 at `high`, a page's clock, a server's stats save, a set-up
          // behind a handshake): medium.
          // Started directly in a teardown: nothing can clear it after that (a one-shot one is no candidate).
          // Behind a guard the effect sets (a one-shot call the effect means to make once): low.
          // In a React effect that latches itself (started once per mount, by intent): medium.
          // A one-shot timer per request of a NestJS singleton: it matters only when the app closes: low.
          // No owner in a folder of code a person runs by hand (a benchmark re-running every 500 ms,
          // a monitor script): it runs until that person stops the process, by design: low.
          confidence: candidate.processLifetime || candidate.appLifetime || candidate.nestPerCall || candidate.onceGuard || (candidate.owner.kind === 'none' && isScriptOrExamplePath(context.filename))
            ? 'low'
            : candidate.latch
              ? 'medium'
            : candidate.startedAtTeardown
              ? 'high'
            : candidate.timer.resource.repeating && candidate.owner.kind !== 'none' && !isMadeOnlyOnceHere(candidate.owner) && !isAppRootComponentPath(context.filename)
              ? 'high'
              : 'medium',
        });
      },
    };
  },
});

// ---- a loop the component body keeps and an effect starts (hook-loop.ts) ------------------------

/** Reports `path` when it reschedules a loop of the component body that an effect starts with no cleanup; `true` when reported. */
function reportHookLoop(path: NodePath, context: RuleContext<TimerCleanupOptions>): boolean {
  const timer = resolveTimerCall(path);
  if (!timer || timer.resource.repeating) return false;
  const owner = resolveOwnerScope(path, { effectHooks: context.options.effectHooks, sfc: context.sfc, vueMajor: context.settings.target.vueMajor, project: context.project });
  if (owner.kind !== 'none') return false;
  const loop = resolveHookLoop(path as NodePath<CallExpression>, resolveAcquisitionHandle(path), { effectHooks: context.options.effectHooks });
  if (!loop) return false;
  const fix = buildHookLoopFix(loop, timer, context);
  const line = context.source.positionAt(loop.starter.node.start!).line;
  const release = loop.handleText ? `${timer.releaseCallee}(${loop.handleText})` : null;
  context.report({
    node: path.node,
    message:
      `${timer.reference.name}() reschedules ${loop.name}, which the effect at line ${line} starts (\`${loop.name}()\`), and nothing stops that loop when the effect is cleaned up: ` +
      `it runs on after the component is gone, one more loop per mount.` +
      (release ? ` The ${release} in ${loop.name} only replaces the pending round of the same loop.` : '') +
      (fix
        ? ' Clearing the latest handle in a cleanup the effect returns ends it; the cleanup also runs before each re-run of the effect, which starts the loop again only when it calls it again: review that.'
        : release
          ? ' Return a cleanup from that effect that calls ' + release + '.'
          : ` Keep the latest handle (in a ref) and clear it in a cleanup the effect returns.`),
    fix,
    // A loop nobody stops is sure; in the app's root component, mounted once for the page's life, it is one loop: medium.
    confidence: fix || !isAppRootComponentPath(context.filename) ? 'high' : 'medium',
  });
  return true;
}

/** `return () => { clearTimeout(ref.current); };` at the end of the effect, when the handle is kept and the effect ends only at its end. */
function buildHookLoopFix(loop: HookLoop, timer: TimerCall, context: RuleContext<TimerCleanupOptions>): FixProposal | null {
  if (!loop.handleText || !loop.effectEndsAtEnd) return null;
  const body = (loop.effect.node as { body: Node }).body;
  if (body.type !== 'BlockStatement') return null;
  const release = `${timer.releaseCallee}(${loop.handleText})`;
  return {
    safe: false,
    description: `return a cleanup that calls ${release}`,
    edits: [appendStatementsToBlock(body, [`return ${formatCleanupFunction([release], context)}`], context)],
  };
}

/** The node that declares a cancellable function's signal (the function whose parameter it is), else its own function. */
function getSignalScope(owner: OwnerScope): Node {
  const name = owner.signal?.binding.name;
  return (name ? findBinding(owner.scope, name)?.scope : null) ?? owner.scope.node;
}

/** `path` is in the `finally` block of a `try` below `scope`. */
function isInFinallyClause(path: NodePath, scope: Node): boolean {
  let child: NodePath = path;
  for (let current = path.parentPath; current && current.node !== scope; child = current, current = current.parentPath) {
    if (current.node.type === 'TryStatement' && child.node === current.node.finalizer) return true;
  }
  return false;
}

/** `path` is in a function given to `.then` / `.catch` / `.finally` below `scope`. */
function isInPromiseContinuation(path: NodePath, scope: Node): boolean {
  let child: NodePath = path;
  for (let current = path.parentPath; current && current.node !== scope; child = current, current = current.parentPath) {
    const node = current.node;
    if (node.type !== 'CallExpression' || child.key !== 'arguments' || !isFunctionNode(child.node)) continue;
    const callee = node.callee;
    const method = callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? getPropertyName(callee) : null;
    if (method === 'then' || method === 'catch' || method === 'finally') return true;
  }
  return false;
}

/** The timer call's statement is directly one of a `case` clause's statements. */
function isStatementOfSwitchCase(path: NodePath): boolean {
  let current: NodePath = path;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  return current.parentPath?.node.type === 'ExpressionStatement' && current.parentPath.parentPath?.node.type === 'SwitchCase';
}

/** A test (`if`, `?:`, `&&` / `||`, `!`) in `scope` reads the binding `name`. */
function isTestedIn(scope: Node, name: string): boolean {
  let found = false;
  forEachNode(scope, (node) => {
    if (found) return false;
    const test = node.type === 'IfStatement' || node.type === 'ConditionalExpression' ? node.test : node.type === 'LogicalExpression' ? node.left : null;
    if (test && mentionsName(test, name)) found = true;
    return undefined;
  });
  return found;
}

/** `x.name` (a property read, `globalThis.requestIdleCallback`) somewhere in `root`. */
function mentionsProperty(root: Node, name: string): boolean {
  let found = false;
  forEachNode(root, (node) => {
    if (found) return false;
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && getPropertyName(node) === name) found = true;
    return undefined;
  });
  return found;
}
