/**
 * listener-cleanup, the matcher: which registrations and handles leak, and which are already
 * safe (with the reason, as a comment at each `return null`). Pure: no edits here.
 */
import { findAbortReportingCatch } from './abort-reporting-catch';
import type { Node } from '@babel/types';
import type { RuleContext } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { getMemberHandle, resolveAcquisitionHandle, type AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import { findHttpRequestMethodsByClass } from '../../src/analysis/lifecycle/angular-http-request';
import { getInjectedServiceCall, isAngularCompletingSource, isServiceRequest } from './angular-completing-source';
import { getCallChainRoot, isClosedByOwner } from './closed-target';
import { isOwnedByDisposer } from './disposer-owned';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { findObjectProperty, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveHandleUsage, type KeptHandle } from '../../src/analysis/resources/handle-usage';
import { resolveHandleResource, type HandleResource } from './handle-resource';
import { REMOVE_ALL_METHODS, type ListenerCall } from './listener-call';
import { isReturnedToEffect } from '../../src/analysis/lifecycle/returned-to-effect';
import { toKeptHandle } from '../../src/analysis/resources/kept-handle';
import { isOutsideOwnerLifetime } from '../../src/analysis/lifecycle/outside-owner-lifetime';
import { followUnref } from '../../src/analysis/resources/unref-follow';
import { isObserverIdle, disconnectsThroughCallbackParameter, observesOnlyOwnElementOnce } from './observer-idle';
import { isControllerNeverRead } from './unread-controller';
import { isReleasedOutsideClass } from './outside-release';
import { isMatchingListenerRelease, isSameCapture, isSameListenerTarget, resolveCaptureFlag } from './listener-release-match';
import { resolveTargetOrigin } from './target-origin';
import { isProcessEndingListener, isProcessLifetimeEvent, isRelayedSignalEvent } from './process-events';
import { isBorrowedByUnownedClass } from './borrowed-target';
import { isCollectedChild } from './collected-child';
import { isWeakMapRecordListener } from './weak-map-record';
import { resolvePerRequestStream } from './stream-listener';
import { isMadeHereRequestListener } from './request-target';
import { isParentMadeChild } from './parent-made-child';
import { isOwnRenderedElementTarget, isSfcBoundElement, isWatchedOwnElementTarget } from './own-rendered-element';
import { isUndoneThroughWrapperPair } from './wrapper-pair';
import { findTeardownCallback } from '../../src/analysis/lifecycle/teardown-callback';
import { isCreationExpression, isMadeHereTarget, isFieldMadeHereElement } from './made-here-target';
import { resolveOwnerScope, type OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { describeProcessLifetime, resolveProcessLifetime } from '../../src/analysis/lifecycle/process-lifetime';
import { LISTENER_RESOURCES, type ReleaseSpec } from '../../src/analysis/resources/catalog';
import { isSameValue, resolveStaticProperty, resolveStaticValue, UNKNOWN } from './same-value';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { findSignalInScope } from '../../src/analysis/resources/signal-in-scope';
import { isBoundedLocalConst, isBoundedThisField, isBoundedThisMethodCall, isSelfCompletingSubscription, resolveSubscriptionKind, type SubscriptionKind } from './subscription-kind';
import { findKeyedSubscriptionEnds } from './keyed-subscription';
import { isReleasedThroughStore } from './stored-handler-release';
import { isRemovedThroughCollection } from './removed-through-collection';
import { isFollowedKeyListener } from './followed-key';
import { isRemovedByTwinMethod, isRemovedWhereHanded } from './handed-target-release';
import { isSelfAttachingHandler } from './self-attaching-handler';
import { isPutInDocument } from './own-subtree-child';
import { isElementJustLookedUp, isObjectJustMade } from './refilled-target';
import { isSelfOwnedObject } from './self-owned-object';
import { isComponentOwnedObject } from './component-owned-object';
import { isTerminalEvent, resolveSelfEnding } from './self-ending-listener';
import { isSubscriberOwnedSubscription } from './subscriber-owned-subscription';
import { isContainerSubscribe } from './subscription-container';
import { isMadeHereEndingSource } from './made-here-ending-source';
import { isOwnerMadeSource } from './owner-made-source';
import { isViewChildOutput } from './view-child-output';
import { isCreatedComponentOutput } from './created-component-output';
import { isCombinationOfReleaseFreeSources } from './combined-own-sources';
import { isStoppedMonitor } from './stopped-monitor';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { isOwnShadowPartAddedOnce } from './own-shadow-part';
import { resolveThisObject } from '../../src/analysis/syntax/this-object';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';

export interface ListenerCleanupOptions {
  effectHooks: string[];
  includeTests: boolean;
  onceIsSafe: boolean;
  reportProcessLifetime: boolean;
}

export type Context = RuleContext<ListenerCleanupOptions>;

interface CandidateBase {
  owner: OwnerScope;
  /** At module level, or made process-lifetime with `.unref()`: reported only with `reportProcessLifetime`. */
  processLifetime: boolean;
  /** Why it lives as long as the process, for the message (`module level`, `.unref()`, `in main(), ...`). */
  lifetimeReason: string;
}

/** `t.addEventListener(type, fn)`, `e.on(evt, fn)`, `mql.addListener(fn)`, `fs.watchFile(path, fn)` with no matching removal. */
export interface RegistrationCandidate extends CandidateBase {
  type: 'registration';
  add: ListenerCall;
  /** Removals of the same target and event that do not match (another function, capture flag or call). */
  nearMisses: ListenerCall[];
  /**
   * Every near miss passes the same function and capture flag, and differs only in calling the
   * target's expression again (`this.getRootNode().removeEventListener('focusin', this.onFocus)`):
   * whether it removes the listener depends on that call returning the same object.
   */
  nearMissByCallOnly?: boolean;
  /**
   * The file removes every listener of an event it computes on the same target
   * (`CHANNELS.forEach((c) => ipcMain.removeAllListeners(c))`): this listener may be among them.
   */
  computedEventRemoval?: boolean;
  /**
   * A removal on the same target passes the same function (and capture flag) with its event
   * written the same way but not provably the same value: `cond ? 'unload' : 'beforeunload'`
   * with `cond` read again from the app's config where it removes. Removed if `cond` has not changed.
   */
  eventTextRemoval?: boolean;
  /**
   * The listener follows a changing key (followed-key.ts): its event is computed from a value, the
   * function that adds it first removes it for the old value, and another place removes it for
   * the value kept then (element-web's PipContainer following the viewed room).
   */
  followedKey?: boolean;
  /** An event named for a process signal on an emitter other than `process` (process-events.ts `isRelayedSignalEvent`): most likely a relay of the process's signals. */
  relayedSignal?: boolean;
  /** A listener on `process` added inside a function whose handler ends the process on every path (process-events.ts `isProcessEndingListener`). */
  endsProcess?: boolean;
  /**
   * In a class with a disposal method, a stream kept in an unshared local `const` of the listening
   * function, whose end that function does not show (stream-listener.ts `resolvePerRequestStream`):
   * no release method reaches it; a leak if the stream runs on (a socket), none if it ends.
   */
  unendedLocalStream?: boolean;
  /**
   * A removal passes the same function (a name or member, not one written in place) for an
   * event whose name differs from the added one only in letter case (`removeEventListener(
   * 'contactsync', this.oncontact)` for `addEventListener('contactSync', this.oncontact)`):
   * event names are case-sensitive, so it removes nothing — a slip the author meant as the
   * removal. The removed and added event names, for the message.
   */
  eventCaseMiss?: { added: string; removed: string };
  /**
   * No removal on this target, but the file removes the same function for the same event (and
   * capture flag) from another object that may be this one under another name (`const cli =
   * Peg.get(); cli.off('sync', this.onSync)` for `Peg.get().on('sync', this.onSync)`): removed if
   * it is; if not, that removal is the slip.
   */
  otherTargetRemoval?: boolean;
  /** Added directly in a teardown (`onDestroy`, `the effect's cleanup`, `ngOnDestroy()`): likely a slip for the removal; report-only. */
  addedAtTeardown?: string;
  /**
   * The file removes from the same object with a key alone, through a one-argument
   * `removeListener(key)` (`this.$util.removeListener(`progress/${id}`)` beside `this.$util.addListener(`progress/${id}`, f)`):
   * a project API whose removal takes no function — every listener of an event, or an id the
   * add returned. Maybe removed; the (event, function) removal a fix would add is not how that
   * object removes, for this listener or any other on it: report-only.
   */
  keyOnlyRemoval?: boolean;
  /**
   * An `addEventListener` on an object the file removes listeners from only by event, with
   * `removeAllListeners(evt)` / `clearListeners(evt)` (for other events: one for this event would
   * have released it): no DOM EventTarget has those methods, so the object is an API of its own
   * (an Electron preload bridge `{ addEventListener, removeAllListeners }`) that may have no
   * `removeEventListener` — the removal a fix would write would throw when the owner ends. No fix.
   */
  removeAllOnTarget?: boolean;
}

/**
 * One-argument `x.removeListener(event)`: not a listener removal of EventEmitter (whose
 * `removeListener` needs the function), so a project API's own; its object and event, or `null`.
 */
export function resolveKeyOnlyRemoval(path: NodePath): { target: NodePath; event: NodePath } | null {
  const node = path.node;
  if ((node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') || node.arguments.length !== 1 || node.arguments[0]!.type === 'SpreadElement') return null;
  const callee = node.callee;
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || getPropertyName(callee) !== 'removeListener') return null;
  const calleePath = path.child(callee, 'callee');
  return { target: calleePath.child(callee.object, 'object'), event: path.child(node.arguments[0]!, 'arguments', 0) };
}

/** An observer, socket, worker, controller, watcher or subscription whose handle is never released. */
export interface HandleCandidate extends CandidateBase {
  type: 'handle';
  acquisition: HandleResource;
  handle: AcquisitionHandle;
  /**
   * `new ResizeObserver(cb).observe(el);`, `new BroadcastChannel(n).onmessage = f;`: the member
   * expression whose object is the acquisition, in a statement that is split to keep the handle.
   */
  chained: NodePath | null;
  subscription: SubscriptionKind | null;
  /**
   * An Angular subscription to what a method of an injected service returns
   * (`this.accountService.confirmEmailUpdate()`): most are HttpClient requests that complete on
   * their own, which ending on destroy would cancel. The call's text; the fix is a suggestion.
   */
  serviceCall?: string;
  /**
   * An AbortController whose signal's request has a rejection handler that reports every error
   * (abort-reporting-catch.ts): the handler's text. Aborting it would report an `AbortError`; the fix is a suggestion.
   */
  abortReport?: string;
}

export type Candidate = RegistrationCandidate | HandleCandidate;

function getResource(id: string) {
  return LISTENER_RESOURCES.find((resource) => resource.id === id)!;
}

const ABORT = getResource('abort-controller').release;
/** The value a listener call returns is kept: it counts as released when called or handed on. */
const RETURNED_UNSUBSCRIBE: ReleaseSpec = { type: 'handle-method-or-call', names: ['unsubscribe', 'off', 'remove', 'dispose'] };

function ownerOptions(context: Context, exclude?: Node) {
  return {
    effectHooks: context.options.effectHooks,
    sfc: context.sfc,
    vueMajor: context.settings.target.vueMajor,
    project: context.project,
    // A controller is not its own owner: `const c = new AbortController()` puts `c.signal` in scope.
    findSignal: exclude ? (path: NodePath) => {
      const signal = findSignalInScope(path);
      return signal && signal.binding === exclude ? null : signal;
    } : undefined,
  };
}

// ---- registrations ----------------------------------------------------------------------------

/**
 * With no owner, only a target that provably outlives every call of the function is a leak:
 * the global object, `document`, `process` and other globals, module-level objects, and
 * property chains off them. A listener on a parameter, a local object, or the result of a
 * call (`https.get(...)`) lives as long as that object, which this code cannot see.
 */
function isLongLivedTarget(target: NodePath | null): boolean {
  if (!target) return true;
  let current = unwrapPath(target);
  while (current.node.type === 'MemberExpression' || current.node.type === 'OptionalMemberExpression') {
    if (current.node.computed) return false;
    current = unwrapPath(current.child(current.node.object, 'object'));
  }
  if (current.node.type !== 'Identifier') return false;
  const binding = findBinding(current, current.node.name);
  return binding === null || binding.scope.type === 'Program';
}

/** A parameter or local of the function, or a property chain off one (`store`, `options.events$`). */
function isCallersObject(path: NodePath): boolean {
  let current = unwrapPath(path);
  while (current.node.type === 'MemberExpression' || current.node.type === 'OptionalMemberExpression') current = unwrapPath(current.child(current.node.object, 'object'));
  if (current.node.type !== 'Identifier') return false;
  const binding = findBinding(current, current.node.name);
  return binding !== null && binding.scope.type !== 'Program';
}

/**
 * `this`, `this.shadowRoot`, `this.renderRoot` in a class: the object's own events die with it.
 * `super.on(…)` too: the base class's method runs with `this` as its receiver, so it adds the
 * listener to the same object (a typed `on()` override that forwards to `super.on`).
 */
function isSelfTarget(target: NodePath | null): boolean {
  if (!target) return false;
  const path = unwrapPath(target);
  const node = path.node;
  const isOwnRoot = (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type === 'ThisExpression' && ['shadowRoot', 'renderRoot'].includes(getPropertyName(node) ?? '');
  return (node.type === 'ThisExpression' || node.type === 'Super' || isOwnRoot) && resolveThisClass(path) !== null;
}

/** A local object made in this function (`new Image()`, `document.createElement('a')`), or a part of one, stored nowhere else. */
function isLocalObject(target: NodePath | null): boolean {
  if (!target) return false;
  let path = unwrapPath(target);
  // Case: `controller.signal`: a part of such an object goes with it.
  while ((path.node.type === 'MemberExpression' || path.node.type === 'OptionalMemberExpression') && !path.node.computed) path = unwrapPath(path.child(path.node.object, 'object'));
  if (path.node.type !== 'Identifier') return false;
  const binding = findBinding(path, path.node.name);
  if (!binding || binding.scope.type === 'Program' || binding.declaration.type !== 'VariableDeclarator' || binding.declaration.id !== binding.identifier) return false;
  return isCreationExpression(binding.declaration.init) && !resolveHandleUsage({ kind: 'variable', binding }, path, { type: 'handle-method', names: [] }).escapes;
}

/**
 * The target is a resource this rule releases through its handle: `chokidar.watch(dir).on(...)`,
 * `const socket = new WebSocket(url)` ... `socket.addEventListener(...)`, or `this.source`
 * where the class assigns `this.source = new EventSource(...)`.
 */
function isHandleResourceTarget(target: NodePath | null): boolean {
  if (!target) return false;
  const path = unwrapPath(target);
  const node = path.node;
  if (resolveHandleResource(path)) return true;
  // Case: `const socket = new WebSocket(url)` ... `socket.on(...)`
  if (node.type === 'Identifier') {
    const binding = findBinding(path, node.name);
    const declaration = binding?.declaration;
    if (!binding || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
    const scope = findAncestorPath(path, binding.scope);
    return scope !== null && resolveHandleResource(unwrapPath(scope.child(declaration.init, 'init'))) !== null;
  }
  // Case: `this.source.addEventListener(...)` with `this.source = new EventSource(...)` in the class
  const member = node.type === 'MemberExpression' ? getMemberHandle(path, node) : null;
  // (or in the Vue options component: `this.source = new EventSource(...)` in `mounted()`)
  const owner = member?.root === 'this' ? (resolveThisClass(path)?.classPath ?? resolveThisObject(path)) : null;
  if (!member || !owner || member.properties.length !== 1) return false;
  let assigned = false;
  forEachDescendant(owner, (candidate) => {
    if (assigned) return false;
    const value = candidate.node;
    if (value.type === 'AssignmentExpression' && value.left.type === 'MemberExpression' && value.left.object.type === 'ThisExpression' && getPropertyName(value.left) === member.properties[0]) {
      if (resolveHandleResource(unwrapPath(candidate.child(value.right, 'right')))) assigned = true;
    }
    return undefined;
  });
  return assigned;
}

/** `{ signal }` of the options: where it comes from. */
type SignalSource = { kind: 'none' } | { kind: 'controller'; handle: KeptHandle; at: NodePath } | { kind: 'other' };

/** Follows `signal` to `controller.signal` through `const signal = controller.signal` and `const s = signal`. */
function resolveSignalSource(options: NodePath | null): SignalSource {
  if (!options) return { kind: 'none' };
  const object = unwrapPath(options);
  if (object.node.type !== 'ObjectExpression') {
    // Case: `true` / `false` (capture only), `const options = { passive: true }` ... `options`
    if (object.node.type === 'BooleanLiteral') return { kind: 'none' };
    return object.node.type === 'Identifier' && resolveStaticProperty(object, 'signal') === undefined ? { kind: 'none' } : { kind: 'other' };
  }
  const property = findObjectProperty(object.node, 'signal');
  if (!property) return { kind: 'none' };
  if (property.type !== 'ObjectProperty') return { kind: 'other' };
  let value = unwrapPath(object.child(property, 'properties', object.node.properties.indexOf(property)).child(property.value, 'value'));
  for (let depth = 0; depth < 5 && value.node.type === 'Identifier'; depth++) {
    const binding = findBinding(value, value.node.name);
    const declaration = binding?.declaration;
    if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return { kind: 'other' };
    const declarationPath = findAncestorPath(value, binding.scope);
    if (!declarationPath) return { kind: 'other' };
    value = unwrapPath(declarationPath.child(declaration, 'declarations').child(declaration.init, 'init'));
  }
  const node = value.node;
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || getPropertyName(node) !== 'signal') return { kind: 'other' };
  const controller = unwrapPath(value.child(node.object, 'object'));
  // Case: `{ signal: controller.signal }` with `const controller = new AbortController()`
  if (controller.node.type === 'Identifier') {
    const binding = findBinding(controller, controller.node.name);
    return binding && isControllerBinding(binding) ? { kind: 'controller', handle: { kind: 'variable', binding }, at: controller } : { kind: 'other' };
  }
  // Case: `{ signal: this.#abort.signal }`
  const member = getMemberHandle(controller, controller.node);
  return member ? { kind: 'controller', handle: { kind: 'member', member }, at: controller } : { kind: 'other' };
}

function isControllerBinding(binding: Binding): boolean {
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || declaration.init?.type !== 'NewExpression') return false;
  const callee = declaration.init.callee;
  return callee.type === 'Identifier' && callee.name === 'AbortController';
}

/** A key that is equal for two kept handles of the same variable or the same `this.x` of one class. */
export function getHandleKey(kept: KeptHandle, at: NodePath): string {
  if (kept.kind === 'variable') return `variable:${kept.binding.identifier.start}`;
  const root = kept.member.root === 'this' ? `this:${(resolveThisClass(at)?.classPath ?? resolveThisObject(at))?.node.start}` : `binding:${kept.member.root.identifier.start}`;
  return `${root}.${kept.member.properties.join('.')}`;
}

export function matchRegistration(
  add: ListenerCall,
  removes: readonly ListenerCall[],
  reportedControllers: ReadonlySet<string>,
  context: Context,
  adds: readonly ListenerCall[] = [],
  keyOnlyRemoves: readonly { target: NodePath; event: NodePath }[] = [],
): RegistrationCandidate | null {
  // Skip: a removal that provably matches exists wherever the owner can reach it.
  if (removes.some((remove) => isMatchingListenerRelease(add, remove))) return null;
  // Skip: the handler is stored and removed through the store (`state.onMove = onMove` ... `removeEventListener(t, state.onMove)`).
  if (isReleasedThroughStore(add, removes)) return null;
  // Skip: `processed.push(input)` next to the registration and `for (const x of processed) x.removeEventListener(…)`.
  if (isRemovedThroughCollection(add, removes)) return null;
  // Skip: on a parameter the function hands to another (`this.completeUpgrade(req, socket)`), which removes the same listener from it.
  if (isRemovedWhereHanded(add, removes)) return null;
  // Skip: on a parameter of a method whose twin (`removeNodeEventHandlers(node: ZWaveNode) { node.removeAllListeners() }`), called in the class, removes every listener from a parameter of the same type.
  if (isRemovedByTwinMethod(add, removes)) return null;
  // Skip: a handler adding itself to the object it is handed (`#onAttached = (s) => s.on('attached', this.#onAttached)`): one per object of a tree walk.
  if (isSelfAttachingHandler(add)) return null;
  // Skip: `{ signal }` from a controller that is aborted (or reported on its own), or from a signal someone else owns.
  const signal = resolveSignalSource(add.options);
  if (signal.kind === 'other') return null;
  if (signal.kind === 'controller') {
    const usage = resolveHandleUsage(signal.handle, signal.at, ABORT);
    if (usage.released || usage.escapes) return null;
    if (reportedControllers.has(getHandleKey(signal.handle, signal.at))) return null;
  }
  // The object the listener is on (for a chain `watcher.on('add', f).on('unlink', g)`, the emitter
  // it starts from: listener-call.ts), for the checks of that object's lifetime.
  const target = add.target;
  // Skip: a listener that ends itself when it fires (`{ once: true }`, or a handler that removes
  // itself) on an event that ends the target's life (`'dispose'`, `'close'`, `'end'`, ...).
  // Skip (option): any such listener, when the project trusts its event to fire.
  const selfEnding = resolveSelfEnding(add, removes);
  if (selfEnding && (context.options.onceIsSafe || isTerminalEvent(add))) return null;
  // Skip: a listener an object adds to itself, or to an object made here and kept nowhere else.
  if (isSelfTarget(target) || isLocalObject(target)) return null;
  // Skip: a web component's own shadow part (`this.$.table`, `this.shadowRoot.querySelector(…)`), listened to once per instance.
  if (isOwnShadowPartAddedOnce(target, add.call)) return null;
  // Skip: an object the class makes and keeps only on itself (`this._receiver = new Receiver()`): it dies with the instance.
  if (isSelfOwnedObject(target)) return null;
  // Skip: the same in a Svelte component, kept in its own instance state (`const made = new Chart(el); made.on(…); chart = made;`).
  if (isComponentOwnedObject(target, context.sfc)) return null;
  // Skip: a child the object makes and hands itself to (`Page.from(this, …)`): the child already holds what the handler holds.
  if (isParentMadeChild(target)) return null;
  // Skip: a child the object makes, keeps in a collection on itself and takes out again (a pool's clients): it ends with the child.
  if (isCollectedChild(add)) return null;
  // Skip: a listener added once per key with the key's WeakMap record (three.js's observers): it holds only what the key keeps.
  if (isWeakMapRecordListener(add)) return null;
  // Skip: a listener on a socket, watcher, worker or observer: releasing that object (reported on its own) ends it.
  if (isHandleResourceTarget(target)) return null;
  // Skip: a class's adder method whose every call the class undoes with its remover method
  // (`this.addModalListener(type, fn)` … `this.removeModalListener(type, fn)`): the callers pair them.
  if (isUndoneThroughWrapperPair(add)) return null;
  // Skip: the object was handed to a disposal container (`using`, `stack.use(...)`, `this._register(...)`), which ends it.
  if (isOwnedByDisposer(target)) return null;
  // Skip: the call hands back its own undo (`const off = bus.on(...)` as nanoevents does, React
  // Native's `const { remove } = BackHandler.addEventListener(...)`), which is kept, called or
  // handed on. An effect that returns a DOM registration's result returns nothing: still a leak.
  const handle = resolveAcquisitionHandle(add.call);
  const returned = handle.kind === 'returned' && !isForEachResult(handle.expression);
  if (handle.kind === 'escapes' || (returned && (add.family === 'emitter-listener' || !isReturnedToEffect(handle.expression, context.options.effectHooks)))) return null;
  const kept = toKeptHandle(handle);
  const usage = kept ? resolveHandleUsage(kept, add.call, RETURNED_UNSUBSCRIBE) : null;
  if (usage && (usage.released || usage.escapes)) return null;
  const owner = resolveOwnerScope(add.call, ownerOptions(context));
  // A listener added directly in a teardown (`onDestroy(() => window.addEventListener(…))`,
  // `componentWillUnmount`): nothing runs after it to remove it, and it is most likely a slip for the
  // removal. Report-only: a removal "at teardown" would sit beside the add. Not one that ends itself.
  const addedAtTeardown = selfEnding ? null : findTeardownCallback(add.call, owner, context.sfc);
  if (!addedAtTeardown && isOutsideOwnerLifetime(owner)) return null;
  // Skip: the owner closes, ends, kills or stops the object the listener is on, and its listeners with it.
  if (isClosedByOwner(target, owner)) return null;
  // Skip: a once-per-mount effect or mount hook listening on the element its component renders
  // (`<audio ref={playerRef}>`, `<div bind:this={el}>`, `<div ref="el">`): they unmount together.
  if (isOwnRenderedElementTarget(add.target, owner, context.sfc, add)) return null;
  // Skip: anywhere in a single-file component, a listener that ends itself when it fires on an element
  // its markup binds (`mediaEl.addEventListener('load', done, { once: true })`): it goes with the element.
  if (selfEnding && isSfcBoundElement(add.target, context.sfc)) return null;
  // Skip: a Vue watcher of a template ref listening on the element it was just given (`watch(el, () => el.value?.addEventListener(…))`).
  if (isWatchedOwnElementTarget(add.target, add.call, context.sfc)) return null;
  if (addedAtTeardown) return { type: 'registration', add, owner, processLifetime: false, lifetimeReason: '', nearMisses: [], addedAtTeardown };
  // Skip: a listener on a Node stream handled per request (a response body, a decompressor): it ends with the stream.
  const perRequestStream = resolvePerRequestStream(add, owner, adds);
  if (perRequestStream === 'per-request') return null;
  // Skip: a listener on the request this code just made (`https.get(url, onResponse).on('error', …)`): it ends with the request.
  if (isMadeHereRequestListener(add)) return null;
  // Skip: outside any owner, a listener that ends itself when it fires is a one-time wait, not a leak
  // (inside an owner it stays one: the owner may go away before the event fires).
  if (selfEnding && owner.kind === 'none') return null;
  // Skip: the same in a class with no lifecycle (no owner that could go away first), on an object this very
  // function made (`const script = document.createElement('script')`), even one it hands out: the listener
  // fires or goes with that object (LEAKS.md, not a finding: `load` of an element created in scope).
  if (selfEnding && owner.kind === 'plain-class' && isMadeHereTarget(target)) return null;
  // Skip: in a class with no lifecycle, a DOM element this very function creates (`const retry =
  // document.createElement('button')` in an editor widget's `toDOM()`): its listeners belong to the
  // element and go with it when the page drops it; nothing of the class can pile up on it. Unless the
  // method itself puts it in the document (`document.body.append(button)`): it stays there for good.
  // So is `this.container` the constructor fills with `document.createElement('div')` and hands nowhere (made-here-target.ts).
  if (owner.kind === 'plain-class' && (isMadeHereTarget(target, true) || isFieldMadeHereElement(target)) && !isPutInDocument(target)) return null;
  // Module level, module init inside immediately invoked functions, main() or a root service.
  const lifetime = resolveProcessLifetime(owner, add.call, { anyEntryName: true });
  // `process.on('SIGTERM', ...)`, wherever it is installed: a handler for the end of the process.
  const processEvent = lifetime === null && isProcessLifetimeEvent(add);
  // `process.on('disconnect', () => process.exit(1))` added inside a function: a handler that ends
  // the process, but its callers may add it again and again (per request): `low`, not skipped.
  const endsProcess = lifetime === null && !processEvent && isProcessEndingListener(add);
  const processLifetime = lifetime !== null || processEvent;
  // Skip: module-level listeners, and those of main() or a root service, live as long as the process (unless asked to report them).
  if (processLifetime && !context.options.reportProcessLifetime) return null;
  // Skip: with no owner, a listener on the caller's or a local object lives as long as that object.
  if ((owner.kind === 'none' || owner.kind === 'cancellable-function') && !isLongLivedTarget(add.target)) return null;
  // Skip: the same with a module `let` the function has just filled with a DOM element it looked up (`muteButton = elem.querySelector(…)`).
  if ((owner.kind === 'none' || owner.kind === 'cancellable-function') && add.target && isElementJustLookedUp(add.target)) return null;
  // Skip: the same with a module `let` the function has just filled with an object it made (`mainWindow = new BrowserWindow(…)`): each call listens on its own new object.
  if ((owner.kind === 'none' || owner.kind === 'cancellable-function') && add.target && isObjectJustMade(add.target)) return null;
  // Skip: a class with no lifecycle listening to an object it was handed: the listener lives as long as that object.
  if (isBorrowedByUnownedClass(add.target, owner, ownerOptions(context))) return null;
  const nearMisses = removes.filter((remove) => isNearMiss(add, remove, context));
  const lifetimeReason = lifetime ? describeProcessLifetime(lifetime, owner) : 'a handler for the end of the process';
  const computedEventRemoval = removes.some((remove) => isComputedEventRemoval(add, remove));
  const nearMissByCallOnly = nearMisses.length > 0 && nearMisses.every((remove) => isCallOnlyMiss(add, remove));
  const eventTextRemoval = removes.some((remove) => isEventTextOnlyMiss(add, remove, context));
  const followedKey = !eventTextRemoval && isFollowedKeyListener(add, removes, context.source);
  const relayedSignal = !processLifetime && isRelayedSignalEvent(add);
  const eventCaseMiss = removes.map((remove) => findEventCaseMiss(add, remove)).find((miss) => miss !== null) ?? null;
  const otherTargetRemoval = nearMisses.length === 0 && removes.some((remove) => isOtherTargetRemoval(add, remove));
  const keyOnlyRemoval = add.family === 'emitter-listener' && add.event !== null && add.target !== null
    && keyOnlyRemoves.some((remove) => isSameListenerTarget(add.target, remove.target));
  const removeAllOnTarget = add.family === 'event-listener' && add.target !== null
    && !removes.some((remove) => remove.method === 'removeEventListener' && isSameListenerTarget(add.target, remove.target))
    && removes.some((remove) => remove.handler === null && REMOVE_ALL_METHODS.has(remove.method) && isSameListenerTarget(add.target, remove.target));
  return {
    type: 'registration',
    add,
    owner,
    processLifetime,
    lifetimeReason,
    nearMisses,
    ...(nearMissByCallOnly ? { nearMissByCallOnly } : {}),
    ...(computedEventRemoval ? { computedEventRemoval } : {}),
    ...(eventTextRemoval ? { eventTextRemoval } : {}),
    ...(followedKey ? { followedKey } : {}),
    ...(relayedSignal ? { relayedSignal } : {}),
    ...(endsProcess ? { endsProcess } : {}),
    ...(perRequestStream === 'local-unended' ? { unendedLocalStream: true } : {}),
    ...(eventCaseMiss ? { eventCaseMiss } : {}),
    ...(otherTargetRemoval ? { otherTargetRemoval } : {}),
    ...(keyOnlyRemoval ? { keyOnlyRemoval } : {}),
    ...(removeAllOnTarget ? { removeAllOnTarget } : {}),
  };
}

/**
 * `remove` is `add` written again on the same target with the same function (and capture flag),
 * and its event is the same text but not provably the same value (`disabled ? 'unload' :
 * 'beforeunload'` with `disabled` read anew from a store where it removes): it removes the
 * listener unless what the event is computed from changed in between.
 */
function isEventTextOnlyMiss(add: ListenerCall, remove: ListenerCall, context: Context): boolean {
  if (add.role !== 'add' || remove.role !== 'remove' || add.family !== remove.family || add.family === 'fs-watch-file') return false;
  if (!add.handler || !remove.handler || !add.event || !remove.event || !isSameValue(add.handler, remove.handler)) return false;
  if (!isSameListenerTarget(add.target, remove.target) || isSameValue(add.event, remove.event) || !sameText(add.event, remove.event, context)) return false;
  return add.family !== 'event-listener' || isSameCapture(resolveCaptureFlag(add.options), resolveCaptureFlag(remove.options));
}

/** `remove` passes the same named function for an event that differs from `add`'s only in letter case (see `eventCaseMiss`). */
function findEventCaseMiss(add: ListenerCall, remove: ListenerCall): { added: string; removed: string } | null {
  if (add.role !== 'add' || remove.role !== 'remove' || add.family !== remove.family || add.family === 'fs-watch-file') return null;
  if (!add.handler || !remove.handler || !add.event || !remove.event || isInline(add.handler) || !isSameValue(add.handler, remove.handler)) return null;
  const added = unwrapPath(add.event).node;
  const removed = unwrapPath(remove.event).node;
  if (added.type !== 'StringLiteral' || removed.type !== 'StringLiteral' || added.value === removed.value || added.value.toLowerCase() !== removed.value.toLowerCase()) return null;
  return { added: added.value, removed: removed.value };
}

/**
 * `remove` ends every listener of an event on `add`'s target, and which event cannot be told here:
 * `ipcMain.removeAllListeners(channel)` or `bus.off(name)` with `channel` / `name` a loop
 * variable, a parameter, a computed value (a list of channels kept in another module).
 */
function isComputedEventRemoval(add: ListenerCall, remove: ListenerCall): boolean {
  if (add.family !== 'emitter-listener' || remove.family !== 'emitter-listener' || remove.handler !== null || remove.event === null) return false;
  if (!isSameListenerTarget(add.target, remove.target)) return false;
  return isListItemEvent(remove.event) && resolveStaticValue(remove.event) === UNKNOWN;
}

/**
 * The event is the item of a loop over a list: `for (const channel of CHANNELS)` or the first
 * parameter of `CHANNELS.forEach((channel) => …)`. Not any unknown value: `this.id` names one
 * event (the one registered with it), a template (`data:${id}`) tells its own.
 */
function isListItemEvent(event: NodePath): boolean {
  const node = unwrapExpression(event.node);
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(event, node.name);
  if (!binding) return false;
  const declaration = binding.declaration;
  // Case: `for (const channel of CHANNELS) emitter.removeAllListeners(channel)`
  if (declaration.type === 'VariableDeclarator') {
    const loop = event.findParent((path) => path.node.type === 'ForOfStatement');
    return loop?.node.type === 'ForOfStatement' && loop.node.left.type === 'VariableDeclaration' && loop.node.left.declarations[0] === declaration;
  }
  // Case: `CHANNELS.forEach((channel) => emitter.removeAllListeners(channel))`
  if (binding.kind !== 'param' || (declaration.type !== 'ArrowFunctionExpression' && declaration.type !== 'FunctionExpression') || declaration.params[0] !== binding.identifier) return false;
  const fn = event.findParent((path) => path.node === declaration);
  const call = fn?.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== declaration) return false;
  const callee = unwrapExpression(call.callee);
  return callee.type === 'MemberExpression' && getPropertyName(callee) === 'forEach';
}

export function sameText(a: NodePath | null, b: NodePath | null, context: Context): boolean {
  if (!a || !b) return a === b;
  const text = (path: NodePath) => context.source.slice(path.node.start!, path.node.end!).replace(/\s+/g, '');
  return text(a) === text(b);
}

/**
 * The same text up to optional chaining: `this.buttons?.el()` in a guarded removal reaches the
 * same call as `this.buttons.el()` in the registration (PeerTube's mobile plugin), so it is
 * the same request, not another object.
 */
function sameChainText(a: NodePath | null, b: NodePath | null, context: Context): boolean {
  if (!a || !b) return a === b;
  const text = (path: NodePath) =>
    context.source
      .slice(path.node.start!, path.node.end!)
      .replace(/\s+/g, '')
      .replace(/\?\.(?=[(\[])/g, '')
      .replace(/\?\.(?!\d)/g, '.');
  return text(a) === text(b);
}

/**
 * A removal meant for `add` that does not match: the same target (or the same text of a
 * call-derived target), the same event, and the same handler or the same inline function
 * written again; only the function object, the capture flag or the target's call differs.
 */
function isNearMiss(add: ListenerCall, remove: ListenerCall, context: Context): boolean {
  if (add.family !== remove.family || !add.handler || !remove.handler) return false;
  const same = (a: NodePath | null, b: NodePath | null) => (a && b ? isSameValue(a, b) : a === b);
  const target = add.family === 'fs-watch-file' || (add.target && remove.target ? isSameValue(add.target, remove.target) : add.target === remove.target);
  const callTarget = !target && add.target !== null && isCallDerived(unwrapPath(add.target).node) && sameChainText(add.target, remove.target, context);
  const handler = isSameValue(add.handler, remove.handler) || (isInline(add.handler) && isInline(remove.handler) && sameText(add.handler, remove.handler, context)) || isBoundCopyOf(add.handler, remove.handler);
  return (target || callTarget) && same(add.event, remove.event) && handler;
}

/**
 * `remove` passes the same function (not one written in place) for the same event and capture
 * flag from another target that may hold the same object: not two globals (`window` and
 * `document` are two objects, so that removal is a slip and the finding stays as sure).
 */
function isOtherTargetRemoval(add: ListenerCall, remove: ListenerCall): boolean {
  if (add.role !== 'add' || remove.role !== 'remove' || add.family !== remove.family || add.family === 'fs-watch-file') return false;
  if (!add.handler || !remove.handler || isInline(add.handler) || !isSameValue(add.handler, remove.handler)) return false;
  if (!add.event || !remove.event || !isSameValue(add.event, remove.event)) return false;
  if (!add.target || !remove.target || isSameListenerTarget(add.target, remove.target)) return false;
  if (resolveTargetOrigin(add.target) === 'global' && resolveTargetOrigin(remove.target) === 'global') return false;
  return add.family !== 'event-listener' || isSameCapture(resolveCaptureFlag(add.options), resolveCaptureFlag(remove.options));
}

/** `remove` passes the same function and capture flag; only its target is a call written again. */
function isCallOnlyMiss(add: ListenerCall, remove: ListenerCall): boolean {
  if (!add.handler || !remove.handler || !isSameValue(add.handler, remove.handler)) return false;
  if (add.family === 'event-listener' && !isSameCapture(resolveCaptureFlag(add.options), resolveCaptureFlag(remove.options))) return false;
  return add.target !== null && remove.target !== null && !isSameValue(add.target, remove.target) && isCallDerived(unwrapPath(add.target).node);
}

/** `getController()`, `bridge().window().webContents`: a value a call returns, or a member of one. */
function isCallDerived(node: Node): boolean {
  let current: Node = node;
  while (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') current = current.object;
  return current.type === 'CallExpression' || current.type === 'OptionalCallExpression';
}

/** A function written in place, or `.bind(...)`: a new function on every evaluation. */
/** `els.forEach((el) => el.addEventListener(...))`: the arrow's value goes to `forEach`, which drops it. */
function isForEachResult(expression: NodePath): boolean {
  const arrow = expression.parentPath;
  const call = arrow?.parentPath?.node;
  if (arrow?.node.type !== 'ArrowFunctionExpression' || expression.key !== 'body' || arrow.key !== 'arguments' || arrow.index !== 0 || call?.type !== 'CallExpression') return false;
  const callee = unwrapExpression(call.callee as Node);
  return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'forEach';
}

/**
 * `this.onJoined.bind(this)` registered and `this.onJoined` removed: `bind` made a new function,
 * so the removal, meant for it, removes nothing (a near miss).
 */
function isBoundCopyOf(added: NodePath, removed: NodePath): boolean {
  const path = unwrapPath(added);
  const node = path.node;
  if (node.type !== 'CallExpression' || (node.callee.type !== 'MemberExpression' && node.callee.type !== 'OptionalMemberExpression') || getPropertyName(node.callee) !== 'bind') return false;
  const callee = path.child(node.callee, 'callee');
  return isSameValue(callee.child((node.callee as { object: Node }).object, 'object'), removed);
}

export function isInline(path: NodePath): boolean {
  const node = unwrapPath(path).node;
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') return true;
  return node.type === 'CallExpression' && (node.callee.type === 'MemberExpression' || node.callee.type === 'OptionalMemberExpression') && getPropertyName(node.callee) === 'bind';
}


// ---- handles ----------------------------------------------------------------------------------

const RELEASE_METHODS = new Set(['close', 'disconnect', 'terminate', 'abort', 'unsubscribe']);

function isReleasedByOtherObjects(kept: KeptHandle, at: NodePath, release: ReleaseSpec): boolean {
  if (kept.kind !== 'member' || kept.member.root !== 'this' || kept.member.properties.length !== 1) return false;
  const classPath = resolveThisClass(at)?.classPath;
  let program = at;
  while (program.parentPath) program = program.parentPath;
  return classPath !== undefined && isReleasedOutsideClass(kept.member.properties[0]!, classPath, program, release);
}

/** `new X(...).prop = value;` as a whole statement: the `new X(...).prop` member. */
function getAssignedMember(expression: NodePath): NodePath | null {
  const member = expression.parentPath;
  const assignment = member?.parentPath;
  if (!member || !assignment || member.node.type !== 'MemberExpression' || expression.key !== 'object' || member.node.computed) return null;
  if (assignment.node.type !== 'AssignmentExpression' || member.key !== 'left' || assignment.parent?.type !== 'ExpressionStatement') return null;
  return member;
}

/**
 * The method `method` of the service class `type` returns an HttpClient request: the class is
 * declared in this file, or imported from a project module (read by the engine).
 */
function isRequestMethodOf(context: Context, type: string, method: string): boolean {
  const program = context.ast.program;
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.local.name !== type || specifier.type === 'ImportNamespaceSpecifier') continue;
      const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      return context.project.getAngularHttpMethods(statement.source.value, imported)?.has(method) === true;
    }
  }
  return findHttpRequestMethodsByClass(program).get(type)?.has(method) === true;
}

export function matchHandle(acquisition: HandleResource, context: Context): HandleCandidate | null {
  const { resource, path } = acquisition;
  let handle = resolveAcquisitionHandle(path);
  let chained: NodePath | null = null;
  // `fs.watch(...).unref()` returns the watcher itself: follow the value past `.unref()`.
  const unrefed = followUnref(handle, resource.id === 'fs-watcher');
  if (unrefed && !context.options.reportProcessLifetime) return null;
  if (unrefed) handle = unrefed;
  let processLifetime = unrefed !== null;
  switch (handle.kind) {
    // Skip: whoever receives the handle owns it.
    case 'returned':
      return null;
    case 'escapes':
      // `new BroadcastChannel(n).onmessage = f;` sets a property of a handle it then drops.
      chained = getAssignedMember(handle.expression);
      if (!chained) return null;
      break;
    case 'chained':
      // Skip: released on the spot, or a promise (`.then`), not a handle.
      if (RELEASE_METHODS.has(handle.method) || ['then', 'catch', 'finally'].includes(handle.method)) return null;
      if (handle.method !== 'unref') chained = handle.expression.parentPath;
      break;
    // Skip: an observer that observes nothing holds nothing; a dropped controller aborts nothing.
    case 'discarded':
      if (resource.id === 'observer' || resource.id === 'abort-controller') return null;
      break;
    case 'variable':
    case 'member': {
      // Skip: `using sub = ...` / `await using sub = ...` disposes the handle when its block ends.
      if (handle.kind === 'variable' && handle.binding.kind === 'using') return null;
      const kept = toKeptHandle(handle)!;
      const usage = resolveHandleUsage(kept, path, resource.release);
      // Skip: released where the owner can reach, or handed on.
      if (usage.released || usage.escapes) return null;
      if (resource.id === 'observer' && isObserverIdle(kept, path)) return null;
      // Skip: `new MutationObserver((mutations, observer) => { observer.disconnect(); … })`: the callback ends it through its own parameter.
      if (resource.id === 'observer' && disconnectsThroughCallbackParameter(path)) return null;
      // Skip: a controller nothing reads again (no `.signal`, never handed on): no work was given its signal.
      if (resource.id === 'abort-controller' && isControllerNeverRead(kept, path)) return null;
      // Skip: an element's observer of itself and its own shadow parts, made once per instance: it goes with the element.
      if (resource.id === 'observer' && observesOnlyOwnElementOnce(kept, path)) return null;
      // Skip: a public field the rest of the file releases (`worker.instance.terminate()` in the pool that owns it).
      if (isReleasedByOtherObjects(kept, path, resource.release)) return null;
      processLifetime = processLifetime || usage.unref;
      break;
    }
    default:
      break;
  }
  let subscription: SubscriptionKind | null = null;
  if (acquisition.source) {
    // Skip: an RxJS chain that completes by itself (`take(1)`, `takeUntilDestroyed(...)`), or an Angular
    // observable that does (an HttpClient request, `afterClosed()`, an ActivatedRoute's `paramMap`).
    if (isSelfCompletingSubscription(acquisition.source) || isBoundedThisField(acquisition.source) || isBoundedThisMethodCall(acquisition.source) || isBoundedLocalConst(acquisition.source)) return null;
    if (isAngularCompletingSource(acquisition.source, resolveThisClass(acquisition.source)?.classPath ?? null)) return null;
    // Skip: an object subscribing to itself (`this.subscribe(...)` in a store class): it lives and dies with itself.
    if (isSelfTarget(acquisition.source)) return null;
    // Skip: an RxJS observable or operator subscribing its source to its own subscriber: chained to the outer subscription.
    if (isSubscriberOwnedSubscription(path)) return null;
    // Skip: `this.subs.subscribe(observable$, handler)`: a container subscribes for the code and ends it with the others (a disposer owns it).
    if (isContainerSubscribe(path)) return null;
    // Skip: `observer.destroyed$.subscribe(…)` of `const observer = new CompletionObserver(tab)`: the end of an object made here; it goes with the object.
    if (isMadeHereEndingSource(acquisition.source)) return null;
    // Skip: `this.currentSort$.subscribe(…)` of `currentSort$ = this.currentSort.asObservable()`, `currentSort = new BehaviorSubject(…)`,
    // or `this.form.get('name')?.valueChanges.subscribe(…)` of a form the class made: the subject dies with the class.
    if (isOwnerMadeSource(acquisition.source)) return null;
    // Skip: `this.sort.sortChange.subscribe(…)` of `@ViewChild(MatSort) sort` (or `viewChild(MatSort)`): an output of a
    // child in the class's own view, which Angular destroys with the class.
    const angularMajor = context.settings.target.angularMajor;
    if (isViewChildOutput(acquisition.source, angularMajor)) return null;
    // Skip: `childComponent.onSaved.subscribe(…)` of `const [modal, childComponent] = await this.modalService.openViewRef(ExportComponent, ref)`:
    // an output of a component the code just created and keeps to itself, which goes with its modal.
    if (isCreatedComponentOutput(acquisition.source)) return null;
    // Skip: `merge(this.sort.sortChange, this.paginator.page).pipe(tap(load)).subscribe()`, `combineLatest([this.form.get('a').valueChanges, …])`:
    // a combination of such sources only holds them, and goes with them.
    const thisClass = resolveThisClass(acquisition.source)?.classPath ?? null;
    // Case: `forkJoin({ user: this.account.user$.pipe(take(1)), prefs: this.account.getPreferences() })`: a request of an
    // injected service (its method returns an HttpClient request) completes like the other sources.
    const isRequest = (part: NodePath): boolean => isServiceRequest(part, thisClass, (type, method) => isRequestMethodOf(context, type, method));
    const releaseFree = (part: NodePath): boolean => isViewChildOutput(part, angularMajor) || isOwnerMadeSource(part) || isSelfCompletingSubscription(part) || isAngularCompletingSource(part, thisClass) || isRequest(part);
    if (isCombinationOfReleaseFreeSources(acquisition.source, releaseFree)) return null;
    // Skip: `this.focusMonitor.monitor(el).subscribe(…)` where the class calls `this.focusMonitor.stopMonitoring(el)`:
    // the CDK completes the stream then.
    if (isStoppedMonitor(acquisition.source, resolveThisClass(acquisition.source)?.classPath ?? null)) return null;
  }
  const controller = resource.id === 'abort-controller' && handle.kind === 'variable' ? handle.binding.identifier : undefined;
  const owner = resolveOwnerScope(path, ownerOptions(context, controller));
  if (isOutsideOwnerLifetime(owner)) return null;
  // Skip: `channel.on('broadcast', …, f).subscribe(…)` where the owner ends `channel` (`channel.unsubscribe()`)
  if (acquisition.source && isClosedByOwner(getCallChainRoot(acquisition.source), owner)) return null;
  const lifetime = resolveProcessLifetime(owner, path, { anyEntryName: true });
  if (lifetime) processLifetime = true;
  if (processLifetime && !context.options.reportProcessLifetime) return null;
  // Skip: with no owner, an un-aborted controller guards work that ends by itself.
  if (resource.id === 'abort-controller' && (owner.kind === 'none' || owner.kind === 'module')) return null;
  // Skip: with no owner, a subscription to the caller's or a local observable lives as long as it (as listeners
  // do). A subscription to what a call returns (`interval(1000).subscribe(...)`) runs on by itself.
  if (acquisition.source && (owner.kind === 'none' || owner.kind === 'cancellable-function') && isCallersObject(acquisition.source)) return null;
  // Skip: the same for a class with no lifecycle subscribing to an observable it was handed.
  if (acquisition.source && isBorrowedByUnownedClass(acquisition.source, owner, ownerOptions(context))) return null;
  if (acquisition.source) {
    subscription = resolveSubscriptionKind(acquisition.source, context.ast.program, { angular: owner.kind === 'angular', svelte: context.sfc?.kind === 'svelte' });
    // Skip: a message broker's topic (`client.subscribe('news/#', done)`) lives and ends with its client.
    if (subscription === 'topic') return null;
    // Case: `U.Subscription.subscribe({ subId, … }, done)` ended by `U.Subscription.destroyList([ subId ])`:
    // skipped when that end runs in a component's teardown, else `keyed` (low: ended by key elsewhere).
    const keyedEnds = handle.kind === 'discarded' ? findKeyedSubscriptionEnds(path, context.source.text) : null;
    if (keyedEnds?.some((end) => findTeardownCallback(end, resolveOwnerScope(end, ownerOptions(context)), context.sfc) !== null)) return null;
    if (keyedEnds) subscription = 'keyed';
  }
  const sourceClass = acquisition.source ? (resolveThisClass(acquisition.source)?.classPath ?? null) : null;
  // Skip: `this.seriesService.getSeries(id).subscribe(…)` where the service's method returns an HttpClient request: it completes,
  // whatever owns it (also in an Angular class with no lifecycle hook, an `@Input()` setter's request).
  if (acquisition.source && sourceClass && isServiceRequest(acquisition.source, sourceClass, (type, method) => isRequestMethodOf(context, type, method))) return null;
  // Case: `this.dataService.client.setContentLanguage(code).subscribe()` in any class owner (an Angular component's
  // undecorated base class with its own `destroy()`): nothing to call back, so the subscription only starts the
  // service's work — a request or a mutation that ending it could cancel — as in an Angular class.
  const bareSubscribe = path.node.type === 'CallExpression' && path.node.arguments.length === 0;
  const serviceClass = owner.kind === 'angular' || (bareSubscribe && owner.classOwner) ? sourceClass : null;
  const serviceCall = acquisition.source && serviceClass ? getInjectedServiceCall(acquisition.source, serviceClass, (type, method) => isRequestMethodOf(context, type, method)) : null;
  // Case: `getJSON(url, { signal: controller.signal }).catch((error) => captureException(error))`: an abort becomes an error report
  const abortReport = controller ? findAbortReportingCatch(path, controller, context.source.text) : null;
  return { type: 'handle', acquisition, handle, chained, owner, processLifetime, lifetimeReason: lifetime ? describeProcessLifetime(lifetime, owner) : '.unref()', subscription, ...(serviceCall ? { serviceCall } : {}), ...(abortReport ? { abortReport } : {}) };
}

