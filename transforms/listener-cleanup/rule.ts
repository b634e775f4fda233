/**
 * listener-cleanup — a subscription nobody ends (Go: every goroutine needs an exit).
 *
 * Before:  useEffect(() => {
 *            window.addEventListener('scroll', () => setY(window.scrollY));
 *          }, []);
 * After:   useEffect(() => {
 *            const handleScroll = () => setY(window.scrollY);
 *            window.addEventListener('scroll', handleScroll);
 *            return () => {
 *              window.removeEventListener('scroll', handleScroll);
 *            };
 *          }, []);
 *
 * Matches, inside an owner scope, a listener, subscription, observer, watcher, connection,
 * worker or AbortController whose matching release is missing (docs/catalog.md's acquire/release
 * table, `src/analysis/resources/catalog.ts`). A release counts only when it provably matches: the
 * same handle, or the same target, event, handler and `capture` flag
 * (`transforms/listener-cleanup/listener-release-match.ts`). Registrations and removals are collected during
 * the walk and paired at the end, so a removal anywhere the owner can reach counts.
 *
 * Fix level: `auto` in a recognised owner scope where the acquisition runs one-to-one with the
 * release (an effect body, `setup()`, `onMounted`, a Vue `mounted()`, `componentDidMount`, `ngOnInit`,
 * `connectedCallback`, a disposable class's methods, a function with an `AbortSignal`);
 * `suggestion` for nested callbacks, other methods, classes that must get a `dispose()`,
 * code with no owner, subscriptions of an unknown kind, and TypeScript handlers whose
 * parameters would lose their types; `none` where no rewrite is safe to propose.
 */
import type { Node } from '@babel/types';
import { createNameReservations, type NameReservations } from '../../src/analysis/edits/name-reservations';
import { defineRule } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { resolveHandleResource, type HandleResource } from './handle-resource';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isMatchingListenerRelease } from './listener-release-match';
import { describeInstanceCreations } from '../../src/analysis/lifecycle/instance-creations';
import { describeOwnerEnd } from '../../src/analysis/lifecycle/owner-end';
import { isAppLifetimeService } from '../../src/analysis/lifecycle/app-lifetime-service';
import { quoteCode } from '../../src/analysis/syntax/quote-code';
import { unwrapPath } from '../../src/core/node-helpers';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { decideListenerConfidenceWithNote, hasWrittenRemoval, type ListenerConfidence } from './confidence';
import { isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import { buildHandleFix, buildRegistrationFix, isReactNativeObject, lacksDeclaredRemoval, NO_DECLARED_REMOVAL_NOTE, REACT_NATIVE_NOTE } from './fix';
import { EVENT_HANDLER_NOTE, isAngularEventHandler } from './angular-event-handler';
import { hasUnwritableParameterTypes, PARAMETER_TYPES_NOTE } from './handler-types';
import { getHandleKey, matchHandle, matchRegistration, resolveKeyOnlyRemoval, type Candidate, type Context, type HandleCandidate, type ListenerCleanupOptions } from './match';
import { meta } from './meta';
import { planCallersDecide, type CollectedCallersDecide } from './run-once-callers';
import { isAddedOncePerInstance, isTopLevelClass, type CollectedMadeOnce } from './made-once-owner';
import { findOnceFlagArgument, findOnceParameters, ONCE_FLAG_NOTE, type CollectedOnceFlag, type CollectedOnceParameter } from './once-flag-argument';
import { resolveReleasePlace } from '../../src/analysis/lifecycle/release-place';
import { findEffectLatch, type EffectLatch } from '../../src/analysis/lifecycle/effect-latch';

export type { ListenerCleanupOptions };

// ---- messages ---------------------------------------------------------------------------------

function describeEnd(candidate: Candidate): string {
  if (candidate.processLifetime) return candidate.owner.kind === 'module' || candidate.lifetimeReason === 'module initialisation' ? 'lives as long as the module' : `lives as long as the process (${candidate.lifetimeReason})`;
  if (isAppLifetimeService(candidate.owner)) return 'is never ended while the app runs (the root-provided service that holds it lives as long as the app)';
  const end = describeOwnerEnd(candidate.owner.kind);
  return end ? `outlives its owner: nothing ends it when ${end}` : 'is never ended, and nothing here decides when it should end';
}

function describeCandidate(candidate: Candidate, context: Context, hasFix: boolean): string {
  const message = describeLeak(candidate, context);
  const classOwner = candidate.owner.classOwner;
  return candidate.owner.kind === 'plain-class' && classOwner && !candidate.processLifetime ? `${message} ${describeInstanceCreations(classOwner.classPath, hasFix)}` : message;
}

function describeLeak(candidate: Candidate, context: Context): string {
  if (candidate.type === 'registration') {
    const { add } = candidate;
    const what = quoteCode(add.call.node, context.source.text);
    if (candidate.addedAtTeardown) return `${what} is added in ${candidate.addedAtTeardown}, which runs when its owner goes away: nothing removes it after that. An add at teardown is most likely meant to be the removal (${describeRemoval(add)}).`;
    if (candidate.nearMissByCallOnly) {
      const target = add.target ? quoteCode(unwrapPath(add.target).node, context.source.text) : 'its target';
      return `${what} may never be removed: the removal written for it passes the same function, but calls ${target} again for its target, so it removes this listener only if that call returns the same object; if not, the listener ${describeEnd(candidate)}.`;
    }
    if (candidate.eventCaseMiss) {
      const { added, removed } = candidate.eventCaseMiss;
      return `${what} is never removed: the removal written for it names the event '${removed}', not '${added}' — event names are case-sensitive — so it removes nothing; the listener ${describeEnd(candidate)}.`;
    }
    if (candidate.nearMisses.length > 0) return `${what} is never removed: the removal written for it passes another function, capture flag or object, so it removes nothing; the listener ${describeEnd(candidate)}.`;
    return `${what} is never removed: the listener ${describeEnd(candidate)}.`;
  }
  return `${describeHandle(candidate)} ${describeEnd(candidate)}.`;
}

/** The removal an add was likely meant to be: `removeEventListener` for `addEventListener`, `off` for `on`. */
function describeRemoval(add: ListenerCall): string {
  const callee = unwrapExpression(add.call.node.callee as Node);
  const name = callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? getPropertyName(callee) : callee.type === 'Identifier' ? callee.name : null;
  const removal = name ? REMOVALS[name] : undefined;
  return removal ? `\`${removal}\`` : 'its removal';
}

const REMOVALS: Record<string, string> = { addEventListener: 'removeEventListener', addListener: 'removeListener', on: 'off', subscribe: 'unsubscribe' };

function describeHandle({ acquisition, subscription }: HandleCandidate): string {
  switch (acquisition.resource.id) {
    case 'abort-controller':
      return 'This AbortController is never aborted (Go: lostcancel): the work it guards';
    case 'subscription':
      return subscription === 'function' ? 'This subscription is never ended (its unsubscribe function is never called): it' : 'This subscription is never unsubscribed: it';
    case 'observer':
      return `This ${acquisition.name} is never disconnected: it`;
    case 'worker':
      return 'This Worker is never terminated: it';
    default:
      return `This ${acquisition.name === 'watch' ? 'file watcher' : acquisition.name} is never closed: it`;
  }
}

// ---- rule -------------------------------------------------------------------------------------

export const rule = defineRule<ListenerCleanupOptions>({
  meta,
  create(context) {
    // Skip: a test file; the test-time leak check (`unleak/testing`) sees what its listeners really do.
    if (!context.options.includeTests && isTestFilePath(context.filename)) return {};
    const adds: ListenerCall[] = [];
    const removes: ListenerCall[] = [];
    const handles: HandleResource[] = [];
    const keyOnlyRemoves: { target: NodePath; event: NodePath }[] = [];
    const collect = (path: NodePath): void => {
      const listener = resolveListenerCall(path);
      if (listener) (listener.role === 'add' ? adds : removes).push(listener);
      else {
        const handle = resolveHandleResource(path);
        if (handle) handles.push(handle);
        const keyOnly = handle ? null : resolveKeyOnlyRemoval(path);
        if (keyOnly) keyOnlyRemoves.push(keyOnly);
      }
    };
    const report = (candidate: Candidate, fix: ReturnType<typeof buildHandleFix>, sharedCallers: ReadonlyMap<Node, NodePath>): void => {
      const node = candidate.type === 'registration' ? candidate.add.call.node : candidate.acquisition.path.node;
      const typesNote = !fix && candidate.type === 'registration' && hasUnwritableParameterTypes(candidate.add, context) ? ` ${PARAMETER_TYPES_NOTE}` : '';
      const classOwner = candidate.owner.kind === 'angular' ? candidate.owner.classOwner : null;
      const handlerNote = !fix && candidate.type === 'handle' && candidate.subscription === 'rxjs' && classOwner && !isAppLifetimeService(candidate.owner) && isAngularEventHandler(classOwner) ? ` ${EVENT_HANDLER_NOTE}` : '';
      const latch = fix ? null : findCandidateLatch(candidate);
      // Case: the fix was dropped only because the declared type lists no removal (fix.ts lacksDeclaredRemoval): the leak
      // keeps the confidence its fix had (`high`), not the one a report-only finding on that target would get.
      const undeclaredRemoval = !fix && candidate.type === 'registration' && FIXABLE_BUT_UNDECLARED_REMOVAL.has(candidate.add.call.node);
      const decided: ListenerConfidence = latch ? { confidence: 'medium', note: describeLatch(latch) } : undeclaredRemoval ? { confidence: 'high', note: null } : decideListenerConfidenceWithNote(candidate, context.filename, context.sfc);
      const { confidence, note } = decided;
      // Case: a fix in a function whose callers decide for another of its listeners: theirs too (see below).
      const callersDecide = decided.callersDecide ?? (fix ? sharedCallers.get(getEnclosingFunction(candidate)?.node as Node) : undefined);
      // The confidence policies speak only for report-only findings (a fix is always `high`).
      const confidenceNote = !fix && note ? ` ${note}` : '';
      const serviceNote = candidate.type === 'handle' && candidate.serviceCall ? ` ${describeServiceCallNote(candidate.serviceCall)}` : candidate.type === 'handle' && candidate.abortReport && fix ? ` ${describeAbortReportNote(candidate.abortReport)}` : '';
      const reactNativeNote = !fix && candidate.type === 'registration' && isReactNativeObject(candidate.add) ? ` ${REACT_NATIVE_NOTE}` : '';
      const removalNote = !fix && candidate.type === 'registration' && lacksDeclaredRemoval(candidate.add, context) ? ` ${NO_DECLARED_REMOVAL_NOTE}` : !fix && candidate.type === 'registration' && candidate.removeAllOnTarget ? ` ${REMOVE_ALL_ONLY_NOTE}` : '';
      const message = `${describeCandidate(candidate, context, fix !== null)}${typesNote}${handlerNote}${serviceNote}${reactNativeNote}${removalNote}`;
      // Case: `export function setupShortcuts() { window.addEventListener(…) }`: its callers, in other files, decide (run-once-callers.ts).
      // Not in a `.vue` / `.svelte` script: a lone one has no project phase.
      if (callersDecide && context.sfc === null) {
        // Case: the fix makes the function return its cleanup: the caller may take it (run-once-callers.ts)
        const acquisition = candidate.type === 'registration' ? candidate.add.call : candidate.acquisition.path;
        const place = fix ? resolveReleasePlace(candidate.owner, acquisition).place : null;
        const returnsCleanup = place?.kind === 'returned-cleanup' && place.fn.node === callersDecide.node;
        context.collect({ start: node.start!, end: node.end!, message, note: confidenceNote.trim(), confidence, fn: callersDecide.node.start!, fix, returnsCleanup, ...(decided.cannotPileUp ? { cannotPileUp: true } : {}) } satisfies CollectedCallersDecide);
        return;
      }
      // Case: `eventManager.subscribe(name, resolve, true)`: a `once` flag if the project's method declares it so (once-flag-argument.ts).
      const onceFlag = !fix && confidence !== 'low' && context.sfc === null ? findOnceFlagArgument(node) : null;
      if (onceFlag) {
        const owned = candidate.owner.kind !== 'none';
        const proven = { confidence: owned ? ('medium' as const) : ('low' as const), note: ONCE_FLAG_NOTE(onceFlag.method, onceFlag.index, owned) };
        context.collect({ onceFlag, start: node.start!, end: node.end!, message, note: confidenceNote.trim(), confidence, proven } satisfies CollectedOnceFlag);
        return;
      }
      // Case: `ipcMain.on('will-quit', …)` in a class whose one instance another file makes once: the project phase asks (made-once-owner.ts).
      // Not when a removal was written for it that removes nothing: the author meant to end it.
      // Only for a listener the one object adds once (constructor, field, once-per-instance hook): elsewhere it piles up on it.
      const classOwnerScope = candidate.owner.classOwner;
      const ownerClass = !fix && confidence === 'high' && context.sfc === null && !hasWrittenRemoval(candidate) ? classOwnerScope?.classPath : undefined;
      const addedAt = candidate.type === 'registration' ? candidate.add.call : candidate.acquisition.path;
      if (ownerClass && classOwnerScope && isTopLevelClass(ownerClass) && isAddedOncePerInstance(addedAt, classOwnerScope)) {
        context.collect({ start: node.start!, end: node.end!, message: `${message}${confidenceNote}`, ownerClass: ownerClass.node.start! } satisfies CollectedMadeOnce);
        return;
      }
      context.report({ node, message: `${message}${confidenceNote}`, fix, confidence });
    };
    // Case: `subscribe(name, handler, once = false) {}`: what a `true` in that place means, for the project phase.
    const collectOnceParameters = (path: NodePath): void => {
      for (const onceParameter of findOnceParameters(path)) context.collect({ onceParameter } satisfies CollectedOnceParameter);
    };
    return {
      CallExpression: collect,
      OptionalCallExpression: collect,
      NewExpression: collect,
      ClassMethod: collectOnceParameters,
      ObjectMethod: collectOnceParameters,
      TSDeclareMethod: collectOnceParameters,
      TSMethodSignature: collectOnceParameters,
      ClassProperty: collectOnceParameters,
      ObjectProperty: collectOnceParameters,
      'Program:exit'() {
        // Controllers first: a listener whose `{ signal }` comes from a reported controller is released by that fix.
        const reportedControllers = new Set<string>();
        const candidates: Candidate[] = [];
        for (const handle of handles) {
          const candidate = matchHandle(handle, context);
          if (!candidate) continue;
          if (handle.resource.id === 'abort-controller' && (candidate.handle.kind === 'variable' || candidate.handle.kind === 'member')) {
            const kept = candidate.handle.kind === 'variable' ? { kind: 'variable' as const, binding: candidate.handle.binding } : { kind: 'member' as const, member: candidate.handle.member };
            reportedControllers.add(getHandleKey(kept, handle.path));
          }
          candidates.push(candidate);
        }
        for (const add of adds) {
          const candidate = matchRegistration(add, removes, reportedControllers, context, adds, keyOnlyRemoves);
          if (!candidate) continue;
          // A near miss that another registration's removal it matches stays as it is.
          candidate.nearMisses = candidate.nearMisses.filter((remove) => !adds.some((other) => isMatchingListenerRelease(other, remove)));
          candidates.push(candidate);
        }
        const fixes = buildFixes(candidates, context);
        // Case: `export function initMigration() { user.addEventListener('input', () => check()); lfs.addEventListener('change', toggleLfs); }`:
        // when the callers, in other files, decide for one listener of a function, they decide for
        // every listener it adds (they run the whole function), and the fixes of all of them (each
        // ending in the function's one `return () => { … }`) go through the same phase, where two
        // that insert at one place do not both apply (a second `return` would never run).
        const sharedCallers = new Map<Node, NodePath>();
        for (const candidate of candidates) {
          const decided = decideListenerConfidenceWithNote(candidate, context.filename, context.sfc).callersDecide;
          if (decided && getEnclosingFunction(candidate)?.node === decided.node) sharedCallers.set(decided.node, decided);
        }
        candidates.forEach((candidate, i) => report(candidate, fixes[i]!, sharedCallers));
      },
    };
  },
  project: { plan: planCallersDecide },
});

type Fix = ReturnType<typeof buildHandleFix>;

/** The function the candidate's call is written in directly (not in a callback of it), or `null`. */
function getEnclosingFunction(candidate: Candidate): NodePath | null {
  const at = candidate.type === 'registration' ? candidate.add.call : candidate.acquisition.path;
  for (let current = at.parentPath; current; current = current.parentPath) if (isFunctionNode(current.node)) return current;
  return null;
}

/** The effect that owns the candidate latches itself (effect-latch.ts): a cleanup would remove it for good. */
function findCandidateLatch(candidate: Candidate): EffectLatch | null {
  return findEffectLatch(candidate.owner, candidate.type === 'registration' ? candidate.add.call : candidate.acquisition.path);
}

function describeLatch({ state, setter }: EffectLatch): string {
  return `No fix: the effect stops its own re-runs — it calls \`${setter}(…)\` and returns early once \`${state}\`, one of its dependencies, is set — so a cleanup returned from it would run at the re-render that call causes and end it for good. Move it to an effect of its own. Medium confidence: it is made once per mount, and piles up only if the component mounts again.`;
}

function buildFix(candidate: Candidate, context: Context, reserve: NameReservations): Fix {
  if (findCandidateLatch(candidate)) return null; // the cleanup would end it right after it starts (effect-latch.ts)
  if (candidate.type === 'registration' && candidate.computedEventRemoval) return null; // maybe released already: no removal to add
  if (candidate.type === 'registration' && candidate.keyOnlyRemoval) return null; // the API removes without the function: an (event, function) removal is the wrong call
  if (candidate.type === 'registration' && candidate.removeAllOnTarget) return null; // the object removes by event only: it may have no removeEventListener
  if (candidate.type === 'registration' && candidate.addedAtTeardown) return null; // a slip for the removal: a removal beside it would be no fix
  if (candidate.type === 'registration' && lacksDeclaredRemoval(candidate.add, context)) {
    // No removal to write (fix.ts lacksDeclaredRemoval); whether a fix would be written were there one, with names of its own.
    if (buildRegistrationFix(candidate, context, createNameReservations())) FIXABLE_BUT_UNDECLARED_REMOVAL.add(candidate.add.call.node);
    return null;
  }
  return candidate.type === 'handle' ? buildHandleFix(candidate, context, reserve) : buildRegistrationFix(candidate, context, reserve);
}

/** Registrations whose fix is dropped only because the declared type of the target lists no removal method. */
const FIXABLE_BUT_UNDECLARED_REMOVAL = new WeakSet<Node>();

/** match.ts `removeAllOnTarget`: why no fix is written. */
export const REMOVE_ALL_ONLY_NOTE =
  'No fix: this file removes listeners from this object only by event (`removeAllListeners(event)`), which no DOM EventTarget has: an API of its own that may have no `removeEventListener`. Remove this event the same way where its owner ends.';

/**
 * Every candidate's fix, with the names of new fields and variables given to the `auto` fixes
 * first: `--write` applies only those, and a suggestion between two of them (a subscription in a
 * nested callback) would otherwise leave a gap in what it writes (`subscription`,
 * `subscription3`). Whether a fix is `auto` does not depend on its names: a first build tells,
 * and only when a suggestion comes before an `auto` fix are they built again in that order.
 */
function buildFixes(candidates: readonly Candidate[], context: Context): Fix[] {
  const first = createNameReservations();
  const fixes = candidates.map((candidate) => buildFix(candidate, context, first));
  const isAuto = fixes.map((fix) => fix?.safe === true && fix.edits.length > 0);
  const firstSuggestion = isAuto.findIndex((auto) => !auto);
  if (firstSuggestion === -1 || !isAuto.slice(firstSuggestion).some(Boolean)) return fixes;
  const reserve = createNameReservations();
  const order = [...candidates.keys()].sort((a, b) => Number(isAuto[b]) - Number(isAuto[a]));
  for (const i of order) fixes[i] = buildFix(candidates[i]!, context, reserve);
  return fixes;
}

/** Why aborting a controller whose request reports every error is a suggestion (abort-reporting-catch.ts). */
function describeAbortReportNote(handler: string): string {
  return `Its request's rejection handler \`${handler}\` reports every error: aborted in the cleanup, the request would report an \`AbortError\` at each cleanup while it runs — make the handler skip it (\`if (error?.name === 'AbortError') return\`).`;
}

/** Why a subscription to an injected service's observable is a suggestion. */
function describeServiceCallNote(call: string): string {
  return `Whether \`${call}\` completes on its own is decided in its service: if it returns an HttpClient request, it is no leak, and ending it on destroy would cancel the request.`;
}
