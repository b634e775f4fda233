/**
 * How sure listener-cleanup is that a finding is a leak. Only report-only findings keep this
 * doubt (src/core/fix-level.ts makes every fix `high`):
 *
 * - `low`: the lifetime that decides it is one the code does not show — the target (or the
 *   subscribed source) is a parameter of the enclosing function, or a field the class was
 *   handed through its constructor (an injected service, a passed-in emitter): when the
 *   caller drops it, the listener goes with it. Also listeners made process-lifetime on
 *   purpose (reported only with `reportProcessLifetime`) — among them the `process` listeners
 *   for the events that end or guard the process, as process-events.ts decides them for the
 *   match (one list: any signal, `exit`, `uncaughtException`, …) — and a `{ once: true }` listener with no owner (it
 *   fires once and is gone; only an owner that ends first makes it a leak).
 *   And, by the lead's policy for issue 15 (docs/rules/listener-cleanup.md, "Confidence"): a
 *   listener or dropped subscription in a class with no lifecycle (`plain-class`) when nothing
 *   was written to end it — LEAKS.md's rule matches "inside an owner scope", and such a class is
 *   none; and an `abort` listener on a signal the function was handed (`signal`,
 *   `options.signal`), whose lifetime the caller owns — `medium` instead when this file calls
 *   the function repeatedly with one long-lived signal (callers-signal.ts). The message says so.
 * - `low` also for `hub.subscribe({ client, topic })`: one object of plain data and nothing to
 *   call back (subscription-kind.ts `request`), most likely a request to a hub, not an observer.
 * - `low` also for a DOM listener on an element the same function puts into an element the
 *   instance holds (`this.frame.appendChild(grip)`: own-subtree-child.ts), and for a listener on
 *   what a call on an object the owner closes handed back (`const server =
 *   this.gateway.listen(port)` with `this.gateway.close()`: closed-maker-result.ts), and, in an
 *   owner, for a listener on an object the same function makes and hands on (`const editor = new
 *   Editor(); editor.on(…); return editor`: made-here-target.ts), unless it puts it into the page.
 * - `low` also for a listener whose handler, written in place, uses nothing of its owner (a
 *   `function` on its own `this`, no variable of the code around it: owner-free-handler.ts),
 *   added once in an owner's acquire place on an object that is not a global: it does not keep
 *   the owner alive (videojs/video.js's player, on its own control bar).
 * - `medium` also when the file removes the same function for the same event from another object
 *   that may be this one under another name (match.ts `otherTargetRemoval`; not two globals).
 * - `medium` also for the process's standard streams (`process.stdin.on('data', …)`): a command
 *   reader or an output hook installed for the life of the process by intent (requarks/wiki's
 *   dev script), a leak only if installed again and again.
 * - `high`: the target outlives any owner — a global (`window`, `document`, `process`, the
 *   global `addEventListener`) or an imported module-level object: the handler is kept for
 *   the life of the page or process. Not a module-level `let`/`var` the same function has just
 *   filled (`socket = io(url)` … `socket.on(…)`): the listener is on the object that call made,
 *   and whether that piles up depends on how often the function runs (often once, behind a
 *   flag): `medium`. And, with no owner, only when the file shows the code can run more than
 *   once (shown-repetition.ts: a loop, a handler, a component body, a function called from two
 *   places or from code that repeats); else `medium` (issue 15: a start-up function called
 *   once, code behind a once flag — the listener lives as long as the page by intent).
 *   And in code a Vue component runs once per mount (vue-mount-time.ts: `<script setup>`'s top
 *   level, `onMounted`, `mounted()`), with no removal written: how often the component mounts
 *   is decided by the templates that use it (`v-if` or `v-show` / `<KeepAlive>`): `medium`.
 *   So in code a React function component runs once per mount (react-mount-time.ts: an effect
 *   with an empty dependency list, not in a custom hook), the same policy. And, from what would
 *   be `high`: a listener on an emitter the owner `clear()`s itself (cleared-emitter.ts: every
 *   handler dropped, or only what is shown), in an Angular service with no `providedIn` and no
 *   teardown (the providing injector's lifetime, decided in another file), and on an element an
 *   Angular component with a `templateUrl` looks up by id (unseen-template-element.ts: maybe
 *   its own element): `medium`. So when the function that adds it returns its handler, alone or
 *   in an array or object it returns (returned-handler.ts): the caller may remove it; and for a
 *   listener that follows a changing key (followed-key.ts: removed for the old computed event
 *   before it is added, and for the kept one at the owner's end).
 * - `medium`: everything else (the owner's own fields, locals, observers, sockets, workers,
 *   controllers): usually a leak, but the code around decides. Also what would be `high` with
 *   no owner in a function only other files run (run-from-elsewhere.ts: exported and never
 *   called here, a Vuex action dispatched from a component): its callers decide how often.
 */
import type { Node } from '@babel/types';
import type { Confidence } from '../../src/core/finding';
import { resolveStaticProperty } from './same-value';
import type { Candidate } from './match';
import { resolveTargetOrigin } from './target-origin';
import type { SingleFileComponent } from '../../src/core/rule';
import { findRefill } from './refilled-target';
import { isAbortOnCallersSignal, isCalledOftenOnOneSignal } from './callers-signal';
import type { NodePath } from '../../src/core/traverse';
import { unwrapPath } from '../../src/core/node-helpers';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { isAngularAppRootComponent, isAppRootComponentPath } from '../../src/analysis/lifecycle/app-root-component';
import { isAppLifetimeService, isInjectorLifetimeService } from '../../src/analysis/lifecycle/app-lifetime-service';
import { isClearedByOwner } from './cleared-emitter';
import { isLookupInUnseenTemplate } from './unseen-template-element';
import { findRunFromElsewhere } from '../../src/analysis/syntax/run-from-elsewhere';
import { findExportedPrototypeMethod } from './exported-prototype-method';
import { isExportedSetupFunction } from './exported-setup';
import { isHookOnlyMethodOfRootComponent } from './root-hook-method';
import { isInsertedIntoOwnElement, isPutInDocument } from './own-subtree-child';
import { hasForwardedRemover } from './wrapper-pair';
import { getKeyedOnceGuard } from './keyed-once-guard';
import { isMadeHereTarget } from './made-here-target';
import { isFromObjectOwnerCloses } from './closed-maker-result';
import { getUnboundMethodHandler, isOwnerFreeHandler } from './owner-free-handler';
import { isHandlerReturned } from './returned-handler';
import { getForeignOnceGuardFlag } from '../../src/analysis/lifecycle/once-guard';
import { findRebuiltParent } from './rebuilt-parent-child';
import { addsOwnListenerEachRound, showsRepeatedRun } from '../../src/analysis/lifecycle/shown-repetition';
import { isVueMountTimeAcquisition } from './vue-mount-time';
import { isReactMountTimeAcquisition } from './react-mount-time';
import { isLitFirstUpdatedAcquisition } from './lit-first-updated';

export { resolveTargetOrigin, type TargetOrigin } from './target-origin';

/** Why a report-only finding is less sure than its target alone says, for the message (LEAKS.md policy). */
const UNENDED_LOCAL_STREAM_NOTE =
  "Low confidence: the stream is kept in a local of this function, which no release method reaches, and nothing here waits for its end: if it is read to its end (one transfer) its listeners go with it; if it runs on (a socket, a feed), the listener outlives the object.";
export const UNOWNED_CLASS_NOTE =
  'Low confidence: the class has no lifecycle (no owner method, no dispose/close/stop method, no framework decorator), so whether the listener outlives its use depends on how its users keep the object (LEAKS.md: a finding needs an owner scope).';
export const CALLERS_SIGNAL_NOTE = "Low confidence: the caller owns this signal's lifetime; the listener piles up only if a caller reuses one long-lived signal.";
export const REUSED_SIGNAL_NOTE = 'This file calls it repeatedly with one long-lived signal, so the listeners pile up on that signal.';
export const ONCE_IN_OWNER_NOTE = 'Medium confidence: the listener ends itself when the event fires ({ once: true }); it outlives its owner only if the owner ends before the event comes.';
export const VUE_MIXIN_NOTE =
  "Medium confidence: this object looks like a Vue mixin (lifecycle hooks beside data/methods/computed, outside any component the file declares); the listener piles up only if a component that uses it unmounts, and which components use it is not in this file.";
export const SETUP_FUNCTION_NOTE =
  "Medium confidence: a setup function other modules import usually runs once, at startup, which makes the listener process-lifetime by intent; it piles up only if a caller runs the setup again.";

export const COMPUTED_EVENT_REMOVAL_NOTE =
  'Low confidence: this file removes every listener of each event of a list on the same object (a loop over event names it cannot see): this listener is released if its event is in that list.';
export const KEY_ONLY_REMOVAL_NOTE =
  'Medium confidence: the file removes from the same object with a key alone (`removeListener(key)`, no function): an API of its own, whose removal drops every listener of an event, or takes an id the add returned. If this listener\'s event is removed that way, it goes; if not, nothing removes it. No fix: a removal with the function is not how that object removes.';
export const EVENT_TEXT_REMOVAL_NOTE =
  'Low confidence: the file removes the same function from the same object with the event written the same way, computed again there: the listener is removed unless what the event is computed from changed in between.';
export const APP_LIFETIME_SERVICE_NOTE =
  'Low confidence: a root-provided Angular service with no teardown of its own lives as long as the app, so ending this on its destroy would change nothing; it piles up only if this code runs again and its source never completes (a request that completes is no leak). If one value is what it wants, end the chain with take(1) or first().';
export const APP_ROOT_NOTE =
  "Medium confidence: this is the app's root component (App.vue, app.vue, SvelteKit's root +layout.svelte, Angular's AppComponent or `app-root` component), mounted once for the page's life; the listener piles up only if the app is mounted again.";

export function decideListenerConfidence(candidate: Candidate, filename?: string, sfc?: SingleFileComponent | null): Confidence {
  return decideListenerConfidenceWithNote(candidate, filename, sfc).confidence;
}

/**
 * The confidence, and the sentence the message adds when a LEAKS.md confidence policy decided it.
 * `callersDecide`: the function whose callers, all in other files, decide whether the listener
 * piles up (an exported setup function, a function only other files run); the project phase
 * asks them (run-once-callers.ts).
 */
export interface ListenerConfidence {
  confidence: Confidence;
  note: string | null;
  callersDecide?: NodePath;
  /** The listener is added once however often its code runs (a deduplicated registration): callers that repeat it do not make it pile up. */
  cannotPileUp?: true;
}

const keyedOnceNote = (guard: string): string =>
  `Low confidence: it runs only behind \`!${guard}\`, which the guarded code records for the event name it listens to: one listener per name, however often this runs; they pile up only if the names never repeat.`;

const foreignFlagNote = (flag: string): string =>
  `Low confidence: it runs only behind \`!${flag}\`, a flag of another module that the guarded code's call into that module may set: if it does, this runs once per process (lifetime by intent); if not, each call adds one more.`;

const CALL_ONLY_MISS_NOTE = 'Low confidence: a call that returns the same object both times (the element\'s root node, a lookup in an unchanged tree) makes the removal match.';

const TEARDOWN_EMITTER_NOTE = 'Medium confidence: the teardown may be waiting for an event of the object it ends.';

export function decideListenerConfidenceWithNote(candidate: Candidate, filename?: string, sfc?: SingleFileComponent | null): ListenerConfidence {
  const decided = decideWithNote(candidate, sfc ?? null);
  // Case: a subscription in SvelteKit's root `+layout.svelte`, a listener in `App.vue`: the app's lifetime.
  if (decided.confidence === 'high' && filename !== undefined && candidate.owner.kind !== 'none' && isAppRootComponentPath(filename)) return { confidence: 'medium', note: APP_ROOT_NOTE };
  // Case: `@Component({ selector: 'app-root' }) class AppRootComponent { constructor() { window.addEventListener(…) } }`: the bootstrapped root.
  if (decided.confidence === 'high' && candidate.owner.kind === 'angular' && candidate.owner.classOwner && isAngularAppRootComponent(candidate.owner.classOwner.classPath)) return { confidence: 'medium', note: APP_ROOT_NOTE };
  // Case: a root component's method its mount hook calls twice, or under a test: the root's lifetime too.
  if (decided.confidence === 'high' && filename !== undefined && candidate.type === 'registration' && isHookOnlyMethodOfRootComponent(candidate.add.call, filename)) {
    return { confidence: 'medium', note: APP_ROOT_NOTE };
  }
  // Case: `widgetEmitter.on(CHANGE_URL, …)` in a class whose `destroy()` calls `widgetEmitter.clear()`: every handler dropped, or only what is shown.
  if (decided.confidence === 'high' && decided.note === null && candidate.type === 'registration' && candidate.add.family === 'emitter-listener' && !hasWrittenRemoval(candidate) && isClearedByOwner(candidate.add.target, candidate.owner)) {
    return { confidence: 'medium', note: CLEARED_EMITTER_NOTE };
  }
  // Case: `@Injectable() class WebPlatformService { setErrorHandler(h) { window.addEventListener('error', h) } }`: the providing injector's lifetime, decided in another file.
  if (decided.confidence === 'high' && decided.note === null && !hasWrittenRemoval(candidate) && isInjectorLifetimeService(candidate.owner)) return { confidence: 'medium', note: INJECTOR_SERVICE_NOTE };
  // Case: `@Component({ templateUrl })` with `document.querySelector('#widget').addEventListener(…)` in `ngOnInit`: maybe the component's own element.
  if (decided.confidence === 'high' && decided.note === null && candidate.type === 'registration' && !hasWrittenRemoval(candidate) && isLookupInUnseenTemplate(candidate.add.target, candidate.owner)) {
    return { confidence: 'medium', note: UNSEEN_TEMPLATE_NOTE };
  }
  // Case: `<script setup> eventBus.on('SONGS_UPDATED', refresh)`: once per mount, and how often the component mounts is its parents' choice.
  if (decided.confidence === 'high' && decided.note === null && isVueMountTimeAcquisition(candidate.owner) && !hasWrittenRemoval(candidate)) return { confidence: 'medium', note: VUE_MOUNT_NOTE };
  // Case: `useEffect(() => { window.addEventListener('resize', fit) }, [])` in a component: once per mount too, the same policy.
  if (decided.confidence === 'high' && decided.note === null && isReactMountTimeAcquisition(candidate.owner) && !hasWrittenRemoval(candidate)) return { confidence: 'medium', note: REACT_MOUNT_NOTE };
  // Case: `firstUpdated() { document.body.addEventListener('edit-file', …) }` in a Lit element: once per element, the same policy.
  if (decided.confidence === 'high' && decided.note === null && isLitFirstUpdatedAcquisition(candidate.owner) && !hasWrittenRemoval(candidate)) return { confidence: 'medium', note: LIT_FIRST_UPDATED_NOTE };
  // Case: `function start() { window.addEventListener('online', onOnline) }` called once from a start-up callback: nothing shows it runs again.
  if (decided.confidence === 'high' && decided.note === null && !decided.callersDecide && candidate.owner.kind === 'none' && !(candidate.type === 'registration' && candidate.eventCaseMiss) && !showsRepeatedRun(candidate.type === 'registration' ? candidate.add.call : candidate.acquisition.path)) {
    const at = candidate.type === 'registration' ? candidate.add.call : candidate.acquisition.path;
    return { confidence: 'medium', note: addsOwnListenerEachRound(at) ? ROUNDS_NOTE : RUNS_ONCE_NOTE };
  }
  return decided;
}

export const REBUILT_PARENT_NOTE =
  "Low confidence: the listener is on a child of an element whose content this function replaces first (`innerHTML = …`, `replaceChildren(…)`): each run listens on a new child, and the old one goes with its listener.";
export const REBUILT_PARENT_CALLERS_NOTE =
  "Medium confidence: the listener is on a child of an element whose content every call of this function in the file replaces first (`innerHTML = …`, `replaceChildren(…)`): each run listens on a new child, and the old one goes with its listener; a caller elsewhere that does not replace it would add a second listener.";
export const FORWARDED_PAIR_NOTE =
  "Low confidence: this function only forwards its caller's event and handler, and its object (or module) has a function that removes them from the same target the same way: whether each add is undone is decided by its callers, which are not in this file.";
export const CLEARED_EMITTER_NOTE =
  "Medium confidence: the owner calls `clear()` on this very object; on an emitter that drops every handler (then nothing leaks), on a chart or a terminal it only wipes what is shown.";
export const INJECTOR_SERVICE_NOTE =
  "Medium confidence: an Angular service with no `providedIn` and no teardown of its own lives as long as the injector whose `providers` list it, which another file decides: an NgModule's lives as long as the app (the listener by intent), a component's ends with the component (then it is a leak).";
export const UNSEEN_TEMPLATE_NOTE =
  "Medium confidence: the element is looked up in the document by id and the component's template is in another file (`templateUrl`): if the element is the component's own, it goes with the component's view and the listener with it; if not, the listener outlives the component.";

export const VUE_MOUNT_NOTE =
  'Medium confidence: this runs once per mount of the Vue component, and whether the component is mounted more than once is decided by the templates that use it (`v-if` mounts it again at every visit; `v-show` and `<KeepAlive>` keep it mounted; a layout is mounted once per page); the listener piles up only if it is mounted again.';

export const LIT_FIRST_UPDATED_NOTE =
  'Medium confidence: Lit runs firstUpdated() once per element, so this is added once per element; it piles up only if the element is created again (a dialog made at every use), which the code or page that creates it decides (an app\'s root element is made once). A removal in disconnectedCallback alone would leave a moved (re-connected) element without it: add it in connectedCallback and remove it in disconnectedCallback.';

export const REACT_MOUNT_NOTE =
  'Medium confidence: this runs once per mount of the React component (an effect with an empty dependency list), and whether the component is mounted more than once is decided by the components that render it (a conditional render mounts it again at every showing; a layout is mounted once per page); the listener piles up only if it is mounted again.';

/** A removal was written for it that removes nothing (another function, object or event case): the author meant to end it. */
export function hasWrittenRemoval(candidate: Candidate): boolean {
  return candidate.type === 'registration' && (candidate.nearMisses.length > 0 || !!candidate.eventCaseMiss || !!candidate.otherTargetRemoval);
}

function decideWithNote(candidate: Candidate, sfc: SingleFileComponent | null): ListenerConfidence {
  // Case: `onDestroy(() => window.addEventListener(…))`: a DOM listener added at teardown stays; another
  // emitter's may be the teardown waiting for the object's own end.
  if (candidate.type === 'registration' && candidate.addedAtTeardown) {
    return candidate.add.family === 'event-listener' ? { confidence: 'high', note: null } : { confidence: 'medium', note: TEARDOWN_EMITTER_NOTE };
  }
  // Case: `signals.on('SIGTERM', …)` on an app's own emitter: most likely a relay of the process's signals, a shutdown hook.
  if (candidate.type === 'registration' && candidate.relayedSignal) return { confidence: 'low', note: RELAYED_SIGNAL_NOTE };
  // Case: `process.on('disconnect', () => process.exit(1))` in a function: the process's answer to that event, a leak only if the function runs again and again.
  if (candidate.type === 'registration' && candidate.endsProcess) return { confidence: 'low', note: ENDS_PROCESS_NOTE };
  // Case: `start(port) { const socket = net.connect(port); socket.on('data', …) }` in a class with dispose(): a stream of the call, maybe never ending.
  if (candidate.type === 'registration' && candidate.unendedLocalStream && !candidate.processLifetime) return { confidence: 'low', note: UNENDED_LOCAL_STREAM_NOTE };
  // Case: `CHANNELS.forEach((c) => ipcMain.removeAllListeners(c))` beside `ipcMain.on('quit', …)`: maybe released.
  if (candidate.type === 'registration' && candidate.computedEventRemoval) return { confidence: 'low', note: COMPUTED_EVENT_REMOVAL_NOTE };
  // Case: `this.$util.removeListener(`progress/${id}`)` beside `this.$util.addListener(`progress/${id}`, f)`: an API that removes by a key alone (an event, an id).
  if (candidate.type === 'registration' && candidate.keyOnlyRemoval) return { confidence: 'medium', note: KEY_ONLY_REMOVAL_NOTE };
  // Case: `window.removeEventListener(off ? 'unload' : 'beforeunload', handler)` with `off` read again: removed unless `off` changed.
  if (candidate.type === 'registration' && candidate.eventTextRemoval) return { confidence: 'low', note: EVENT_TEXT_REMOVAL_NOTE };
  // Case: `this.getRootNode().addEventListener(…)` … `this.getRootNode().removeEventListener(…)` with the same function: removed if the call returns the same object.
  if (candidate.type === 'registration' && candidate.nearMissByCallOnly) return { confidence: 'low', note: CALL_ONLY_MISS_NOTE };
  // Case: `removeEventListener('contactsync', this.oncontact)` for `addEventListener('contactSync', this.oncontact)`:
  // the author wrote the removal, and it removes nothing (also in a class with no lifecycle of its own)
  if (candidate.type === 'registration' && candidate.eventCaseMiss && !candidate.processLifetime) return { confidence: 'high', note: null };
  if (isUnownedClassAcquisition(candidate) && !candidate.processLifetime) {
    // Case: `options.signal.addEventListener('abort', …)` in a method of such a class: the signal's note says what use makes it leak.
    const signal = candidate.type === 'registration' && candidate.add.target ? candidate.add.target : null;
    const callersSignal = signal !== null && candidate.type === 'registration' && isAbortOnCallersSignal(signal, candidate.add.event) && !isCalledOftenOnOneSignal(signal);
    return { confidence: 'low', note: callersSignal ? CALLERS_SIGNAL_NOTE : UNOWNED_CLASS_NOTE };
  }
  // Case: `@Injectable({ providedIn: 'root' }) class Api { save() { this.endpoint$.subscribe(…) } }`: no owner ends before the app.
  if (!candidate.processLifetime && isAppLifetimeService(candidate.owner)) return { confidence: 'low', note: APP_LIFETIME_SERVICE_NOTE };
  const target = candidate.type === 'registration' ? candidate.add.target : null;
  if (target && candidate.type === 'registration' && !candidate.processLifetime && isAbortOnCallersSignal(target, candidate.add.event)) {
    return isCalledOftenOnOneSignal(target) ? { confidence: 'medium', note: REUSED_SIGNAL_NOTE } : { confidence: 'low', note: CALLERS_SIGNAL_NOTE };
  }
  // Case: `hub.subscribe({ client, topic })`: plain data and nothing to call back, most likely a request to a hub.
  if (candidate.type === 'handle' && candidate.subscription === 'request') return { confidence: 'low', note: REQUEST_SUBSCRIPTION_NOTE };
  // Case: `hub.subscribe({ subId }, done)` with `hub.destroyList([ subId ])` only before subscribing again: one per key.
  if (candidate.type === 'handle' && candidate.subscription === 'keyed') return { confidence: 'low', note: KEYED_SUBSCRIPTION_NOTE };
  const confidence = decideByTarget(candidate, sfc);
  // Case: `if (!PubSubRedis.initialized) { await PubSubRedis.init(); await this.initJobs(); }`: a flag another module may set once
  const foreignFlag = confidence !== 'low' && candidate.type === 'registration' && !candidate.processLifetime ? getForeignOnceGuardFlag(candidate.add.call) : null;
  if (foreignFlag) return { confidence: 'low', note: foreignFlagNote(foreignFlag) };
  // Case: `if (!collected[event]) { collected[event] = true; bus.on(event, …) }`: one listener per event name
  const keyedGuard = confidence !== 'low' && candidate.type === 'registration' ? getKeyedOnceGuard(candidate.add) : null;
  if (keyedGuard) return { confidence: 'low', note: keyedOnceNote(keyedGuard) };
  // Case: `const server = this.gateway.listen(port); server.on(…)` with `this.gateway.close()` in the class: a part of what the owner closes.
  if (confidence !== 'low' && candidate.type === 'registration' && !candidate.processLifetime && isFromObjectOwnerCloses(candidate.add.target, candidate.owner)) return { confidence: 'low', note: CLOSED_MAKER_NOTE };
  // Case: `Peg.get().on('sync', this.onSync)` with `const cli = Peg.get(); cli.off('sync', this.onSync)` in the release place: removed if `cli` is that object.
  if (confidence === 'high' && candidate.type === 'registration' && candidate.otherTargetRemoval) return { confidence: 'medium', note: OTHER_TARGET_REMOVAL_NOTE };
  // Case: `off(emissionForRoom(oldRoom), f); on(emissionForRoom(newRoom), f)` with `off(emissionForRoom(room), f)` at the end: one listener for the current key.
  if (confidence === 'high' && candidate.type === 'registration' && candidate.followedKey) return { confidence: 'medium', note: FOLLOWED_KEY_NOTE };
  // Case: `document.body.addEventListener('click', onBody); return [popper, onBody];`: the caller holds the handler, and may remove it.
  if (confidence === 'high' && candidate.type === 'registration' && !hasWrittenRemoval(candidate) && isHandlerReturned(candidate.add)) return { confidence: 'medium', note: RETURNED_HANDLER_NOTE };
  // Case: `panel.element.firstElementChild.addEventListener(…)` with `panel.element.innerHTML = …` before it, or before every call of its function: a new child each run.
  if (confidence === 'high' && candidate.type === 'registration' && candidate.add.family === 'event-listener' && !candidate.processLifetime && !hasWrittenRemoval(candidate)) {
    const rebuilt = findRebuiltParent(candidate.add.target);
    if (rebuilt) return rebuilt === 'same-function' ? { confidence: 'low', note: REBUILT_PARENT_NOTE } : { confidence: 'medium', note: REBUILT_PARENT_CALLERS_NOTE };
  }
  // Case: `grip.addEventListener(…)` then `this.frame.appendChild(grip)`: a child of the instance's own DOM.
  if (confidence !== 'low' && candidate.type === 'registration' && candidate.add.family === 'event-listener' && !candidate.processLifetime && isInsertedIntoOwnElement(candidate.add.target)) return { confidence: 'low', note: OWN_SUBTREE_NOTE };
  // Case: `const editor = new MarkdownEditor(…); editor.on('change', …); return editor` in a component: an object made here and handed on, one listener per object.
  if (confidence !== 'low' && candidate.type === 'registration' && !candidate.processLifetime && candidate.owner.kind !== 'none' && isMadeHereTarget(candidate.add.target) && !isPutInDocument(candidate.add.target)) {
    return { confidence: 'low', note: MADE_HERE_HANDED_ON_NOTE };
  }
  // Case: `bar.on('mouseenter', function () { this.addClass('hovered'); })` added once in the owner's acquire place: the handler keeps nothing of the owner alive.
  if (confidence === 'medium' && candidate.type === 'registration' && isOwnerFreeRegistration(candidate, sfc)) return { confidence: 'low', note: OWNER_FREE_HANDLER_NOTE };
  // Case: `window.addEventListener('online', this.onOnline)` with `onOnline() {}` a prototype method: the listener holds the shared
  // function, not the instance, and an EventTarget ignores a second add of the same function.
  // Case: `app.on('will-quit', this.destroy)`: the same, but a Node-style emitter adds one more copy per add (medium).
  if (confidence !== 'low' && candidate.type === 'registration' && isUnboundMethodRegistration(candidate)) {
    return candidate.add.family === 'event-listener' ? { confidence: 'low', note: UNBOUND_METHOD_NOTE } : { confidence: 'medium', note: UNBOUND_METHOD_EMITTER_NOTE };
  }
  // Case: `audioElement.addEventListener('ended', completeCurrentAudioJob)` on every clip: the same module-level function on a module-level element is added once.
  // Its callers decide too (an exported setup run once adds it for the process's life: no finding), but never that it piles up.
  if (confidence !== 'low' && candidate.type === 'registration' && isDeduplicatedRegistration(candidate)) {
    const callers = findExportedSetupFunction(candidate) ?? (!isHandlerParameter(candidate) ? findRunFromElsewhere(candidate.add.call)?.fn : null);
    return { confidence: 'low', note: DEDUPLICATED_NOTE, ...(callers ? { callersDecide: callers, cannotPileUp: true } : {}) };
  }
  // Case: `window.addEventListener('focus', resume, { once: true })` in an owner: a leak only if the owner ends before the event.
  if (confidence === 'high' && candidate.type === 'registration' && isOnce(candidate)) return { confidence: 'medium', note: ONCE_IN_OWNER_NOTE };
  // Case: `export default { created() { window.addEventListener('resize', this.onResize) }, methods: {…} }` in a .js file: a Vue mixin.
  if (confidence === 'high' && candidate.type === 'registration' && candidate.owner.kind === 'none' && isInVueMixinHook(candidate.add.call)) return { confidence: 'medium', note: VUE_MIXIN_NOTE };
  // Case: `{ ipcOnEvent: (event, cb) => { ipcRenderer.on(event, cb) }, ipcOffEvent: (event, cb) => { ipcRenderer.removeListener(event, cb) } }`:
  // an adder that forwards its caller's event and handler beside the remover of the same: the callers pair them.
  if (confidence !== 'low' && candidate.type === 'registration' && candidate.owner.kind === 'none' && hasForwardedRemover(candidate.add)) return { confidence: 'low', note: FORWARDED_PAIR_NOTE };
  // Case: `export function setupPrimary() { cluster.on('message', relay) }`: a one-time setup other modules call.
  const setup = confidence === 'high' && candidate.type === 'registration' ? findExportedSetupFunction(candidate) : null;
  if (setup) return { confidence: 'medium', note: SETUP_FUNCTION_NOTE, callersDecide: setup };
  // Case: `actions: { LISTEN_FOR_UPDATE() { ipcRenderer.on(…) } }` (a Vuex action a component dispatches), `export function showHelp() { window.addEventListener(…) }`
  const elsewhere = confidence === 'high' && candidate.owner.kind === 'none' && !isHandlerParameter(candidate) ? findRunFromElsewhere(candidate.type === 'registration' ? candidate.add.call : candidate.acquisition.path) : null;
  if (elsewhere) return { confidence: 'medium', note: runFromElsewhereNote(elsewhere.label), callersDecide: elsewhere.fn };
  // Case: `export function EndpointProvider() { store.subscribe(…) }`, named like a component (whose body runs at
  // every render): the finding stays `high`, but callers that run it once (AngularJS's `.factory(name, fn)`) end it.
  const rendered = confidence === 'high' && candidate.owner.kind === 'none' && !isHandlerParameter(candidate) ? findRunFromElsewhere(candidate.type === 'registration' ? candidate.add.call : candidate.acquisition.path, 0, { renderedNames: true }) : null;
  if (rendered) return { confidence, note: null, callersDecide: rendered.fn };
  // Case: `Daemon.prototype.startLogic = function () { God.bus.on(…) }` of an exported constructor, run here only by its other methods (or once at start-up)
  const method = confidence === 'high' && candidate.type === 'registration' && candidate.owner.kind === 'none' && !isHandlerParameter(candidate) ? findExportedPrototypeMethod(candidate.add.call) : null;
  if (method) return { confidence: 'medium', note: exportedPrototypeMethodNote(method.label) };
  return { confidence, note: null };
}

/** The note of an owner-less listener on a long-lived object whose code, as far as its file shows, runs once (shown-repetition.ts). */
export const RUNS_ONCE_NOTE =
  'Medium confidence: as far as this file shows, this runs once (not in a loop, a handler or a component body, not in a function called from code that repeats or from two places, unless each is start-up code that runs once), so the listener lives as long as the page or process by intent; it piles up only if what runs this code runs it again.';

/** The note of such a listener added once per round of a loop over a collection, each round's its own (shown-repetition.ts). */
export const ROUNDS_NOTE =
  "Medium confidence: each round of the loop around it adds a listener of its own (it reads the round's item), and as far as this file shows the code around the loop runs once (not in a handler or a component body, not in a function called from code that repeats or from two places, unless each is start-up code that runs once), so the listeners live as long as the page or process by intent; they pile up only if what runs this code runs it again.";

/** The note of a listener in a method of an exported pre-class constructor (exported-prototype-method.ts). */
export function exportedPrototypeMethodNote(label: string): string {
  return `Medium confidence: ${label} is a method of a constructor this module exports, and this file runs it only from the constructor's other methods or once at start-up; how often it runs depends on the instances other files make and the methods they call (as for a class's method); the listener piles up only if they run it more than once.`;
}

export const REQUEST_SUBSCRIPTION_NOTE =
  'Low confidence: subscribe() is given one object of plain data and nothing to call back, which is how a request to a message hub (a topic, a query) looks, not an observer; it is a leak only if the call returns a subscription to end (as a streaming client does).';

export const KEYED_SUBSCRIPTION_NOTE =
  'Low confidence: the subscription is named by a key it is given, and this file ends it by that key (a call on the same object passing the key), only not when its owner ends (it ends the previous one before subscribing again): one per key at most; it outlives the owner only if nothing else ends that key then.';

export const OTHER_TARGET_REMOVAL_NOTE =
  'Medium confidence: the file removes this same function for the same event from another object, which may be this one under another name (a variable that holds what this expression returns); if it is, the listener is removed; if not, that removal is the slip to fix.';

export const RELAYED_SIGNAL_NOTE =
  'Low confidence: the event is named for a process signal on an emitter other than `process`, most likely the app\'s relay of the process\'s signals: a shutdown hook, a leak only if the code that adds it runs again and again.';

export const ENDS_PROCESS_NOTE =
  'Low confidence: the handler ends the process, so it is most likely the process\'s answer to that event; a leak only if the function that adds it runs again and again (per request, per connection).';

export const FOLLOWED_KEY_NOTE =
  'Medium confidence: the listener follows a changing key: the code removes it for the old value before adding it for the new one, and removes it elsewhere for the value it keeps then; it is removed at the end if that kept value is the one last added.';

export const RETURNED_HANDLER_NOTE =
  'Medium confidence: the function that adds the listener returns its handler (itself, or in an array or object it returns), so the caller holds what a removal needs and may remove it there; if the caller drops it, nothing removes the listener.';

export const CLOSED_MAKER_NOTE =
  'Low confidence: the object is what a call on an object the owner closes handed back (its server, its channel), which usually ends with that close; it outlives the owner only if the call hands back something shared.';

export const OWNER_FREE_HANDLER_NOTE =
  "Low confidence: the handler uses nothing of its owner (no variable of the code around it, no `this` of the owner), so the listener does not keep the owner alive, and it is added once in the owner's acquire place; it matters only if the object it listens on outlives the owner and the handler's work should stop with it.";

/**
 * A registration of an owner-free handler (owner-free-handler.ts) by an owner (not a plain
 * function), made once per run of its acquire place: not in a loop, not in a callback that
 * runs again (a handler, a timer), on an object that is not a global or a module's.
 */
function isOwnerFreeRegistration(candidate: Extract<Candidate, { type: 'registration' }>, sfc: SingleFileComponent | null): boolean {
  const { owner, add } = candidate;
  if (owner.kind === 'none' || owner.inLoop || owner.nested.length > 0 || candidate.processLifetime || !add.handler) return false;
  return isOwnerFreeHandler(add.handler, sfc);
}

export const UNBOUND_METHOD_NOTE =
  "Low confidence: the handler is a method of the class read off `this` unbound: the listener holds the function every instance shares, not the instance (and when the event runs it, `this` is the target), and the target ignores a second add of the same function, so it does not pile up.";

export const UNBOUND_METHOD_EMITTER_NOTE =
  "Medium confidence: the handler is a method of the class read off `this` unbound: the listener holds the function every instance shares, not the instance (and when the event runs it, `this` is the emitter); but an emitter adds one more copy of it at each add, so it piles up if the class makes this registration again and again (an instance per request or call).";

/**
 * A registration, once per run of a class owner's acquire place (not in a loop, not in a
 * callback that runs again), of `this.<method>` unbound (owner-free-handler.ts).
 */
function isUnboundMethodRegistration(candidate: Extract<Candidate, { type: 'registration' }>): boolean {
  const { owner, add } = candidate;
  const classPath = owner.classOwner?.classPath;
  if (!classPath || owner.inLoop || owner.nested.length > 0 || candidate.processLifetime || !add.handler) return false;
  return getUnboundMethodHandler(add.handler, classPath.node) !== null;
}

export const MADE_HERE_HANDED_ON_NOTE =
  'Low confidence: the listener is on an object this very function makes (`new …`, `createElement(…)`, a socket of `dgram.createSocket(…)` or `net.connect(…)`) and hands on (returns it, or puts it into another object): it is added once per object and goes with that object; it outlives the owner only if whoever keeps the object keeps it past the owner\'s end, which this code does not show.';

export const OWN_SUBTREE_NOTE =
  "Low confidence: this function puts the element into an element the instance holds, so the listener lives as long as the instance's own DOM; it piles up only if the same element is handed in again and again.";

export const DEDUPLICATED_NOTE =
  'Low confidence: addEventListener ignores a listener that is already registered, and this one is the same module-level function on the same long-lived object every time: it is added once, however often this code runs.';

/**
 * `audioElement.addEventListener('ended', completeCurrentAudioJob)` with no owner: a DOM
 * `addEventListener` (an EventTarget adds a listener once, whatever how often it is added with
 * the same type and capture) of a handler declared at module level (a function declaration, or a
 * `const` function), on a global or module-level target. It cannot pile up: the listener lives
 * as long as the module, like module code (SillyTavern's TTS player, on each clip). Not for
 * Node's `on` or jQuery's `.on`, which add a copy each time.
 */
function isDeduplicatedRegistration(candidate: Extract<Candidate, { type: 'registration' }>): boolean {
  const { add } = candidate;
  if (candidate.owner.kind !== 'none' || add.method !== 'addEventListener' || !add.handler || !add.target) return false;
  const handler = unwrapExpression(add.handler.node);
  if (handler.type !== 'Identifier') return false;
  const binding = findBinding(add.handler, handler.name);
  if (!binding || binding.scope.type !== 'Program') return false;
  const declaration = binding.declaration;
  const isFunction = declaration.type === 'FunctionDeclaration' || (declaration.type === 'VariableDeclarator' && binding.kind === 'const' && declaration.init != null && isFunctionNode(declaration.init));
  if (!isFunction) return false;
  const origin = resolveTargetOrigin(add.target);
  return origin === 'global' || origin === 'module';
}

/** The message's sentence for a listener in a function only other files run (run-from-elsewhere.ts). */
export function runFromElsewhereNote(label: string): string {
  return `Medium confidence: nothing in this file runs ${label} (other files call or dispatch it: a store action, an exported helper); the listener piles up only if they run it more than once.`;
}

/**
 * `onResize(cb)` registering the caller's own callback: an API that adds a listener per use, not a
 * setup that runs once. Only for listener registrations; a subscription's callback is its own.
 */
function isHandlerParameter(candidate: Candidate): boolean {
  if (candidate.type !== 'registration' || !candidate.add.handler) return false;
  const handler = unwrapExpression(candidate.add.handler.node);
  if (handler.type !== 'Identifier') return false;
  let fn: NodePath | null = candidate.add.call.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  return !!fn && (fn.node as { params: Node[] }).params.some((param) => param.type === 'Identifier' && param.name === handler.name);
}

const ACQUIRE_HOOKS = new Set(['beforeCreate', 'created', 'beforeMount', 'mounted', 'activated']);
const MIXIN_KEYS = new Set(['data', 'methods', 'computed', 'watch', 'props']);

/**
 * The call is directly in a Vue acquire hook (`created() {…}`) of an object literal that also has
 * `data` / `methods` / `computed` / `watch` / `props` — the shape of an Options-API mixin that the
 * owner analysis does not take for a component (no Vue import, not a `.vue` file).
 */
function isInVueMixinHook(call: NodePath): boolean {
  let fn: NodePath | null = call.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  if (!fn) return false;
  const member = fn.node.type === 'ObjectMethod' ? fn : fn.parent?.type === 'ObjectProperty' ? fn.parentPath : null;
  const key = (member?.node as { key?: Node } | undefined)?.key;
  const name = key?.type === 'Identifier' ? key.name : key?.type === 'StringLiteral' ? key.value : null;
  if (!member || !name || !ACQUIRE_HOOKS.has(name) || member.parent?.type !== 'ObjectExpression') return false;
  return member.parent.properties.some((property) => {
    if (property.type !== 'ObjectMethod' && property.type !== 'ObjectProperty') return false;
    return property.key.type === 'Identifier' && MIXIN_KEYS.has(property.key.name);
  });
}

/**
 * The exported setup function (exported-setup.ts) the listener is added directly in, with a
 * handler that is not one of its parameters (`onResize(cb)` registering the caller's callback is
 * per use), or `null`.
 */
function findExportedSetupFunction(candidate: Extract<Candidate, { type: 'registration' }>): NodePath | null {
  if (candidate.owner.kind !== 'none') return null;
  let fn: NodePath | null = candidate.add.call.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  return fn && isExportedSetupFunction(fn) && !isHandlerParameter(candidate) ? fn : null;
}

function decideByTarget(candidate: Candidate, sfc: SingleFileComponent | null): Confidence {
  // Module level, main(), a root service, `.unref()`, and `process` end-of-process events (match.ts sets it from process-events.ts).
  if (candidate.processLifetime) return 'low';
  if (candidate.type === 'registration' && candidate.owner.kind === 'none' && isOnce(candidate)) return 'low';
  const target = candidate.type === 'registration' ? candidate.add.target : candidate.acquisition.source;
  // The global `addEventListener(...)`: the window.
  if (candidate.type === 'registration' && target === null) return 'high';
  if (target === null) return 'medium';
  // Case: `process.stdin.on('data', onCommand)`: the process's own standard streams, read or written for its whole life by intent.
  if (isProcessStdio(target)) return 'medium';
  // Case: `const sim = d3.forceSimulation(nodes)` at the top of `<script setup>`: the component instance's own object ('own').
  const origin = resolveTargetOrigin(target, sfc);
  if (origin === 'parameter' || origin === 'injected') return 'low';
  if (origin === 'global' || origin === 'module') return findRefill(target) !== null ? 'medium' : 'high';
  return 'medium';
}

/** `process.stdin`, `process.stdout`, `process.stderr` of the global `process`. */
function isProcessStdio(target: NodePath): boolean {
  const node = unwrapPath(target).node;
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier' || !/^std(?:in|out|err)$/.test(node.property.name)) return false;
  const object = unwrapExpression(node.object);
  return object.type === 'Identifier' && object.name === 'process' && !findBinding(unwrapPath(target), 'process');
}

/**
 * The owner is a class with no lifecycle (`plain-class`: no owner method, no dispose/destroy/close/
 * stop/teardown/disconnect, no framework decorator) and nothing could end the acquisition: no
 * removal written for the listener (a near miss is a real bug: the author meant to remove it), no
 * subscription handle kept where a caller could release it.
 */
function isUnownedClassAcquisition(candidate: Candidate): boolean {
  if (candidate.owner.kind !== 'plain-class') return false;
  if (candidate.type === 'registration') return candidate.nearMisses.length === 0;
  return candidate.handle.kind === 'discarded';
}

/** `addEventListener(type, fn, { once: true })`. */
function isOnce({ add }: Extract<Candidate, { type: 'registration' }>): boolean {
  return add.options !== null && resolveStaticProperty(add.options, 'once') === true;
}
