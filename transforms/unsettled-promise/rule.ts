/**
 * unsettled-promise — waiting for something that may never come (Go: a goroutine blocked for
 * ever on a receive).
 *
 * Before:  const code = await new Promise((resolve) => child.once('exit', resolve));
 * After:   const [code] = await once(child, 'exit', { signal });   // import { once } from 'node:events'
 *
 * Matches an awaited, returned or kept `new Promise(executor)` that can stay pending for ever
 * (see `unsettled-promise/match.ts`): an event wait with no error path, no deadline and no abort;
 * a Node-style callback whose error branch never settles; a `try` whose `catch` swallows; a
 * sleep where an AbortSignal is in scope but unused; a deferred resolved only from event
 * handlers with no reject kept.
 *
 * Fix level (decided in `decideFix` below): `auto` for the missing `reject(err)` of a callback
 * wrapper or a swallowing `catch`, for sleeps tied to the signal in scope, and for Node emitter
 * waits in Node code with a signal in scope (`once(emitter, evt, { signal })`, which also rejects
 * on `'error'`); `suggestion` for DOM waits (a new `error` listener may reject where the code
 * used to wait on) and for any wait without a signal in scope (a fixed `AbortSignal.timeout`
 * deadline is a guess); `none` for deferreds and for waits in shapes no rewrite keeps. In a React
 * effect with no signal in scope, the effect's own AbortController (effect-controller.ts) takes
 * the deadline's place: `auto` directly in the effect body with the abort's rejection handled.
 * A sleep with no signal in scope is a finding only where it paces a loop of such an owner, and
 * its fix is a suggestion.
 * With no signal and no owner, in a function whose callers can pass theirs, the project phase
 * threads their signal in (thread-signal.ts), else the deadline suggestion stands.
 */
import { buildDeadlineSignal } from '../../src/analysis/resources/deadline-signal';
import { formatTimeout } from '../../src/analysis/edits/format-timeout';
import { findSignalInScope, type SignalInScope } from '../../src/analysis/resources/signal-in-scope';
import { defineRule, type FixProposal, type RuleContext } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import { buildAbortableSleepFix, buildEventTargetFix, buildHandlerPropertyFix, getErrorEventName, buildNodeSleepFix, buildOnceFix, buildRejectFix, type FixSignal } from './fix';
import { matchUnsettledPromise, type UnsettledWait } from './match';
import { findFallbackReturn } from './fallback-return';
import { isBoundedRetrySleep } from './bounded-retry';
import { isNodeCode } from './node-code';
import { isCloseWithErrorHandledApart } from './error-handled-apart';
import { findChainedRejectionHandler } from '../../src/analysis/resources/chained-rejection-handler';
import { isScriptOrExamplePath, isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import { classifyOwnSignal } from './own-signal';
import { buildOwnerController, type OwnerController } from './owner-controller';
import { findCollectedWaits, findThreadableFunction, projectFileContext, threadSignal, type CollectedWait } from './thread-signal';
import { mentionsName } from '../../src/analysis/syntax/mentions-name';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { isInTestDoubleImplementation } from './test-double';
import type { Node } from '@babel/types';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { meta, type UnsettledPromiseOptions } from './meta';
import { isTailWaitOnCallbackArgument } from './tail-wait';
import { isElectronIpcWait } from './electron-ipc';
import { isContextMessageWait } from './context-message';
import { isElectronWindowWait } from './electron-window';
import { isAnimationEndWait } from './animation-end';
import { isDataUrlImageLoad } from './data-url-image';
import { settlesOnCloseToo } from './close-settles-too';
import { isFileStreamClose } from './fs-stream-close';
import { isReadStreamClose } from './read-stream-close';
import { resolveCloseAfterDestroy } from './close-after-destroy';
import { isChildProcessExit } from './child-exit';
import { isMessagePortWait } from './message-port';
import { isSeekEndWait } from './seek-timeupdate';
import { isPartStreamWait } from './part-stream';
import { isInTestCallback } from './test-hook';
import { isInstanceLatch, isKeptAtModuleTopLevel, isStartupWait } from './startup-wait';
import { isUnheardErrorWait } from './unheard-error';
import { isCustomPageEventWait } from './custom-event';
export type { UnsettledPromiseOptions } from './meta';

/** `x.aborted` where `x` mentions the signal's name (`signal.aborted`, `options.signal?.aborted`). */
function readsAborted(test: Node, signalRoot: string): boolean {
  return someInOwnCode(test, (inner) => (inner.type === 'MemberExpression' || inner.type === 'OptionalMemberExpression') && !inner.computed && inner.property.type === 'Identifier' && inner.property.name === 'aborted' && mentionsName(inner.object, signalRoot));
}

/**
 * The loop the sleep paces (the nearest one, in the sleep's own function) tests the signal
 * itself: `while (!signal.aborted) { …; await sleep(200); }`. After an abort the sleep runs out,
 * the test fails and the loop ends without an error (open-webui's audio queue, whose caller drops
 * the loop's promise): a sleep that rejects on abort would turn that clean end into a thrown error.
 */
function loopTestReadsAborted(path: NodePath, signalRoot: string): boolean {
  const loop = path.findParent((parent) => isFunctionNode(parent.node) || parent.node.type === 'WhileStatement' || parent.node.type === 'DoWhileStatement' || parent.node.type === 'ForStatement');
  if (!loop || isFunctionNode(loop.node)) return false;
  const test = (loop.node as { test?: Node | null }).test;
  return !!test && readsAborted(test, signalRoot);
}

/**
 * The function around the sleep checks the signal itself and ends without an error
 * (`if (signal?.aborted) return;`): dokploy's log-streaming generators sleep 50 ms and
 * then return on abort. A sleep that rejects on abort would make that clean end a thrown error.
 */
function endsGracefullyOnAbort(path: NodePath, signalRoot: string): boolean {
  const fn = path.findParent((parent) => isFunctionNode(parent.node));
  if (!fn) return false;
  if (loopTestReadsAborted(path, signalRoot)) return true;
  const body = (fn.node as { body: Node }).body;
  return someInOwnCode(body, (node) => {
    if (node.type !== 'IfStatement') return false;
    if (!readsAborted(node.test, signalRoot)) return false;
    // A `break` may lead to a `throw` after the loop (a retry that rethrows its last error): a
    // `return` is a clean end, and so is throwing an error of the code's own making
    // (anything-llm's `throw new Error(`${output}\n\nCommand aborted`)`, which keeps the partial output).
    const throwsOwn = someInOwnCode(node.consequent, (inner) => inner.type === 'ThrowStatement' && inner.argument.type === 'NewExpression');
    if (throwsOwn) return true;
    const ends = someInOwnCode(node.consequent, (inner) => inner.type === 'ReturnStatement');
    return ends && !someInOwnCode(node.consequent, (inner) => inner.type === 'ThrowStatement');
  });
}

export const rule = defineRule<UnsettledPromiseOptions>({
  meta,
  create(context) {
    const check = (path: NodePath): void => {
      const wait = matchUnsettledPromise(path);
      if (!wait) return;
      const fix = decideFix(wait, path, context, true);
      // Case: no signal in scope, in a function callers can pass one to: the project phase decides.
      if (fix === THREAD) {
        context.collect({ start: path.node.start! } satisfies CollectedWait);
        return;
      }
      // A report-only wait whose failure the code here cannot show (electron-ipc.ts, animation-end.ts, …): its own message.
      const unsure = fix ? null : classifyUnsureWait(wait);
      const confidence = reportOnlyConfidence(wait, fix, context.filename, isCloseWithErrorHandledApart(wait, path, (node) => context.getText(node)));
      context.report({
        node: wait.kind === 'deferred' ? wait.node : wait.executor.promise.node,
        message: unsure ? describeUnsureWait(unsure, wait, context) : `${describeWait(wait, context, path)}${!fix && isTailWaitOnCallbackArgument(wait) ? ` ${TAIL_WAIT_NOTE}` : ''}${placeNote(wait, context.filename, confidence)}`,
        fix,
        confidence,
      });
    };
    return { NewExpression: check, CallExpression: check };
  },
  project: {
    plan(context) {
      for (const { file, data } of context.collected) {
        context.scoped(() => {
          const opened = context.open(file);
          if (!opened) return;
          for (const { fn, waits } of findCollectedWaits(opened, data as CollectedWait[])) {
            const threaded = threadSignal(context, opened, fn, waits);
            const ctx = projectFileContext(opened, context);
            if (threaded) {
              const [first, ...others] = waits;
              const also = others.length > 0 ? ` (with ${others.length} other wait${others.length === 1 ? '' : 's'} of the same function, lines ${others.map(({ path }) => opened.source.positionAt(path.node.start!).line).join(', ')})` : '';
              context.report({
                file: opened.file,
                node: first!.wait.executor.promise.node,
                message: [`${describeWait(first!.wait, ctx, first!.path)}${also}`, ...threaded.notes].join(' '),
                fix: { safe: threaded.safe, description: threaded.description, files: threaded.files },
              });
              continue;
            }
            // No caller has a signal to pass: the per-file fix (a deadline).
            for (const { path, wait } of waits) {
              const fix = decideFix(wait, path, ctx, false) as FixProposal | null;
              const confidence = reportOnlyConfidence(wait, fix, opened.file, isCloseWithErrorHandledApart(wait, path, (node) => ctx.getText(node)));
              const unsure = fix ? null : classifyUnsureWait(wait);
              context.report({ file: opened.file, node: wait.executor.promise.node, message: unsure ? describeUnsureWait(unsure, wait, ctx) : `${describeWait(wait, ctx, path)}${placeNote(wait, opened.file, confidence)}`, fix: fix && { safe: fix.safe, description: fix.description, files: [{ file: opened.file, edits: [...fix.edits] }] }, ...(confidence ? { confidence } : {}) });
            }
          }
        });
      }
    },
  },
});

/**
 * How sure a report-only finding is (a fix is always `high`): `medium` for deferreds (whether
 * the event can fail to come is not in the code) and for any wait in a test file (the test
 * runner's timeout ends a wait that hangs there, as fetch-timeout decides for requests; issue
 * 15's held-out-5: socket.io's test helpers waiting for an in-memory decoder they feed), and in
 * the folders of code a person runs by hand (`scripts`, `tools`, `bin`, examples: a hang stalls
 * one visible run; insomnia's build script waiting for its `tar` child), as fetch-timeout does.
 * `low` for a 'close' wait on an emitter whose 'error' the code handles apart
 * (error-handled-apart.ts): on streams, sockets and child processes 'close' follows 'error'.
 * `low` for a sleep with no signal between the tries of a counted retry loop (bounded-retry.ts,
 * reported without the owner's controller): past its owner's end it runs out the retries left,
 * then stops.
 * `medium` for waits whose event has no failure event and comes or not by code the file does not
 * show (Electron IPC and windows, a worker scope's 'message', an animation's end, a `data:` URL
 * image, React Native's AppState, a 'close' of a stream the code reads), `low` for a file stream's 'close' (classifyUnsureWait).
 */
const TAIL_WAIT_NOTE =
  'Low confidence: the wait is the last thing this callback does, on an emitter the callback was handed — if the event never comes, nothing is left to run, and the pending promise, reachable only from that emitter\'s listener, goes with the emitter; it holds something only if whoever calls the callback keeps its promise.';

function reportOnlyConfidence(wait: UnsettledWait, fix: FixProposal | null, filename: string, closeAfterHandledError: boolean): 'medium' | 'low' | undefined {
  if (fix) return undefined;
  // Case: a DOM event a person's input fires ('focusout', 'click', 'keydown'): no failure event, pending only while no one acts
  if (isInputEventWait(wait)) return 'medium';
  // Case: a sleep with no signal between the tries of a counted retry loop: it stops by itself.
  if (wait.kind === 'sleep' && !wait.signal && isBoundedRetrySleep(wait.executor.promise)) return 'low';
  if (closeAfterHandledError) return 'low';
  const unsure = classifyUnsureWait(wait);
  // Case: a file stream's 'close', which follows its 'error' too (fs-stream-close.ts); a seek's end after the code's own seek (seek-timeupdate.ts)
  if (unsure === 'file-stream-close' || unsure === 'seek-end' || unsure === 'close-after-destroy' || unsure === 'close-too') return 'low';
  // Case: Electron IPC, an animation's end, a data: URL image: whether the event can fail to come is not in this code
  if (unsure) return 'medium';
  // Case: `await new Promise((r) => res.on('finish', r))` ending a callback handed `res`: nothing waits behind it (tail-wait.ts)
  if (isTailWaitOnCallbackArgument(wait)) return 'low';
  // Case: an <iframe> not inserted here: whatever it is handed to may insert it, and then it loads
  if (wait.kind === 'event' && wait.iframe) return 'medium';
  // Case: a test's callback or hook (test-hook.ts), a wait run once at module load (startup-wait.ts)
  if (wait.kind !== 'deferred' && describePlace(wait, filename) !== null) return 'medium';
  return wait.kind === 'deferred' || isTestFilePath(filename) || isScriptOrExamplePath(filename) ? 'medium' : undefined;
}

/**
 * Where a report-only wait stands, when that makes it less sure than its shape: in a test's
 * callback or hook in a file the path does not mark as a test (the runner's timeout ends it:
 * test-hook.ts), or in code run once at module load (startup-wait.ts). `null` elsewhere, and in
 * test files (their own rule above).
 */
/** Single-file components, whose script's top level runs once per component instance. */
const COMPONENT_FILE = /\.(?:vue|svelte)$/;

function describePlace(wait: UnsettledWait, filename: string): 'test-callback' | 'startup' | 'instance-latch' | null {
  if (wait.kind === 'deferred' || isTestFilePath(filename)) return null;
  if (isInTestCallback(wait.executor.promise)) return 'test-callback';
  // Not a wait whose target reports its failure (a Worker's or an image's 'error', a Node emitter's):
  // the code could listen for it, and a start-up that hangs on it is the leak (misskey's module-level
  // WebGL worker test).
  // Not in a `.vue` / `.svelte` file: the top level of `<script setup>` / a Svelte component script runs once per component instance.
  if (!COMPONENT_FILE.test(filename) && isStartupWait(wait.executor.promise) && wait.kind === 'event' && !reportsFailure(wait)) return 'startup';
  // Case: `constructor(api) { this.ready = new Promise((resolve) => api.once('ready', resolve)); }`: the instance's latch (startup-wait.ts)
  if (wait.kind === 'event' && isInstanceLatch(wait.executor.promise, wait.registration.target) && !reportsFailure(wait)) return 'instance-latch';
  return null;
}

/** The wait's target has an event that reports its failure: `'error'` on a DOM target (fix.ts's getErrorEventName), or a Node emitter in Node code. */
function reportsFailure(wait: Extract<UnsettledWait, { kind: 'event' }>): boolean {
  if (wait.registration.api !== 'emitter') return getErrorEventName(wait.registration, wait.iframe) !== null;
  let program: NodePath = wait.executor.promise;
  while (program.parentPath) program = program.parentPath;
  return program.node.type === 'Program' && isNodeCode(program.node);
}

/** The note for a report-only wait made `medium` by where it stands (describePlace); none at another level. */
function placeNote(wait: UnsettledWait, filename: string, confidence: 'medium' | 'low' | undefined): string {
  if (confidence !== 'medium') return '';
  switch (describePlace(wait, filename)) {
    case 'test-callback':
      return " Medium confidence: it is in a test's callback or hook, where the test runner's timeout ends a wait that hangs.";
    case 'startup':
      return ' Medium confidence: it runs once, when the module loads, so what it holds lives as long as the page or process anyway, and a hang stalls the start-up, where it shows.';
    case 'instance-latch':
      return " Medium confidence: the constructor makes it once and keeps it on the instance for later waits, so what it holds lives as long as the instance anyway; whether the event always comes is the sender's code, not shown here.";
    default:
      return '';
  }
}

/**
 * DOM events a person's input fires. None has a failure event ('error' is not theirs): a wait
 * for one stays pending only while no one acts, or when the element goes away first — whether
 * that happens is not in the code (vaadin's grid-pro awaits the editor's 'focusout' after a Tab
 * it lets through, which moves the focus): `medium`, and the message names no 'error'.
 * Not 'change': the wait for a file picker's `change` (`input.onchange = resolve; input.click()`)
 * stays pending for ever when the person cancels the dialog, an everyday action (browsers fire
 * 'cancel' then, not 'change') — labelled real leaks in gitbutler, tabby and element-web.
 */
const INPUT_EVENTS = new Set(
  (
    'focus blur focusin focusout click dblclick auxclick contextmenu keydown keyup keypress beforeinput input select submit ' +
    'mousedown mouseup mousemove mouseover mouseout mouseenter mouseleave pointerdown pointerup pointermove pointerover pointerout ' +
    'pointerenter pointerleave pointercancel touchstart touchend touchmove touchcancel wheel dragstart drag dragend dragenter dragleave dragover drop'
  ).split(' '),
);

function isInputEventWait(wait: UnsettledWait): boolean {
  if (wait.kind !== 'event' || wait.registration.api === 'emitter' || wait.registration.eventName === null) return false;
  return INPUT_EVENTS.has(wait.registration.eventName) || isAppStateChange(wait.registration, wait.executor);
}

/**
 * React Native's `AppState.addEventListener('change', …)`: the app's state changes when the
 * person switches to it or away from it, and it has no failure event — a wait for `'active'`
 * lasts as long as the person keeps the app in the background (Folo's player set-up, false at
 * `high`). `AppState` imported or required from `react-native`.
 */
function isAppStateChange(registration: EventRegistration, executor: PromiseExecutor): boolean {
  const target = unwrapExpression(registration.target);
  if (registration.eventName !== 'change' || target.type !== 'Identifier') return false;
  const reference = resolveModuleReference(findRegistrationPath(executor, registration), target.name);
  return reference !== null && reference.source === 'react-native' && reference.imported === 'AppState';
}

/**
 * Report-only waits whose event cannot fail the way the usual message says, and whether it comes
 * is decided by code or styles the file does not show: a message of IPC on Electron's
 * `ipcRenderer` / `ipcMain`, which has no 'error' and comes when the other process sends it
 * (electron-ipc.ts); an event of an Electron window, which has no 'error' either
 * (electron-window.ts); a message posted to a worker's own scope (context-message.ts); the end of an animation or transition, which comes unless the animation is
 * cancelled or never runs (animation-end.ts); the 'load' of an image of a `data:` URL the code
 * writes, which makes no request (data-url-image.ts); a made-up event on the page's document or
 * window, which only a script dispatches (custom-event.ts); an event of a Node emitter made here
 * with no 'error' listener, whose 'error' throws rather than leave the wait pending
 * (unheard-error.ts) — `medium`; a file stream's 'close',
 * which follows its 'error' too (fs-stream-close.ts), a 'close' right after the code destroys
 * an emitter handed to it, which ends unless it was closed already (close-after-destroy.ts), and
 * a wait that also settles on the same target's 'close' (close-settles-too.ts) — `low`.
 */
type UnsureWait = 'electron-ipc' | 'context-message' | 'message-port' | 'child-exit' | 'part-stream' | 'electron-window' | 'animation-end' | 'data-url-image' | 'custom-event' | 'unheard-error' | 'file-stream-close' | 'seek-end' | 'close-after-destroy' | 'close-too' | 'read-stream-close';

function classifyUnsureWait(wait: UnsettledWait): UnsureWait | null {
  // A tail wait on a callback's own emitter is `low` with its own note (tail-wait.ts), whatever it waits for.
  if (wait.kind !== 'event' || isTailWaitOnCallbackArgument(wait)) return null;
  const { registration, executor } = wait;
  if (isFileStreamClose(registration, executor)) return 'file-stream-close';
  if (resolveCloseAfterDestroy(registration, executor) === 'handed') return 'close-after-destroy';
  if (settlesOnCloseToo(registration, executor)) return 'close-too';
  if (isElectronIpcWait(registration, executor)) return 'electron-ipc';
  if (isElectronWindowWait(registration, executor)) return 'electron-window';
  if (isContextMessageWait(registration, executor)) return 'context-message';
  if (isMessagePortWait(registration, executor)) return 'message-port';
  if (isChildProcessExit(registration, executor)) return 'child-exit';
  if (isSeekEndWait(registration, executor)) return 'seek-end';
  if (isPartStreamWait(registration, executor)) return 'part-stream';
  if (isAnimationEndWait(registration, executor)) return 'animation-end';
  if (isDataUrlImageLoad(registration, executor)) return 'data-url-image';
  if (isCustomPageEventWait(registration, executor)) return 'custom-event';
  if (isUnheardErrorWait(registration, executor)) return 'unheard-error';
  if (isReadStreamClose(registration, executor)) return 'read-stream-close';
  return null;
}

function describeUnsureWait(unsure: UnsureWait, wait: UnsettledWait, context: RuleContext<UnsettledPromiseOptions>): string {
  if (wait.kind !== 'event') return '';
  const { registration } = wait;
  const event = registration.api === 'handler-property' ? `'${registration.eventName}'` : context.getText(registration.event);
  const target = clip(context.getText(registration.target));
  switch (unsure) {
    case 'electron-ipc':
      return `This promise waits for ${event} on \`${target}\` and nothing else. Electron's IPC has no 'error' event: ${event} comes when the other process sends it, and whether it always does (on its own failures, on a cancel, for every request) is in that process's code, not here; if it never does, the promise stays pending for ever with its listener. Medium confidence: make the other side answer on every path (\`ipcRenderer.invoke\` with \`ipcMain.handle\` rejects when the handler throws), or reject on abort or at a deadline.`;
    case 'context-message':
      return `This promise waits for 'message' on \`${target}\` and nothing else: a message another context posts to this one, which has no failure event for it. It comes when the other side posts it, and whether it always does is in that side's code, not here; if it never does, the promise stays pending for ever with its listener. Medium confidence: make the other side answer on every path, or reject on abort or at a deadline.`;
    case 'message-port':
      return `This promise waits for 'message' on \`${target}\`, a message port, and nothing else. A port has no 'error' event: the message comes when the other end posts it, and whether it always does is in that end's code, not here; if it never does, the promise stays pending for ever with its listener. Medium confidence: make the other end answer on every path, or reject on abort or at a deadline.`;
    case 'child-exit':
      return `This promise waits for 'exit' on \`${target}\`, a child process, and nothing else. It comes when the process ends, and how long that takes is the child's own code, not shown here; a child that cannot start emits 'error' instead, which throws when nothing listens for it. Medium confidence: if the child may run for ever (or ignore the signal it is sent), wait with \`once()\` from node:events and an abort signal or a deadline, and kill it then.`;
    case 'part-stream':
      return `This promise waits for ${event} on \`${target}\`, a part a larger stream handed to this callback, and nothing else: if the part fails, ${event} never comes. The code handles the larger stream's 'error', which is where a part's failure usually shows, and the pending promise goes with it; whether a part can fail on its own is in the library's code, not here. Medium confidence: use \`once()\` from node:events (it also rejects on 'error') if it can.`;
    case 'seek-end':
      return `This promise waits for ${event} on \`${target}\` and nothing else, after the code sets \`${target}.currentTime\`: that starts a seek, which ends with 'timeupdate' and 'seeked'. The wait stays pending only when the element has no metadata yet (the assignment then only sets where playback starts) or its source changes mid-seek. Low confidence: wait for 'loadedmetadata' before seeking, or reject at a deadline.`;
    case 'electron-window':
      if (registration.eventName === 'did-attach') return `This promise waits for 'did-attach' on \`${target}\`, an Electron <webview>, and nothing else. It has no failure event: it comes once the element is in a document; the wait hangs only if the element is never inserted, which depends on code not shown here. Medium confidence: reject on abort or at a deadline if that can happen.`;
      return `This promise waits for ${event} on \`${target}\`, an Electron window, and nothing else. A window has no 'error' event: 'closed' comes whenever it goes, 'ready-to-show' after its page first paints; the wait hangs only if that never happens (a window kept hidden and never closed, a renderer that dies before it paints), which depends on code not shown here. Medium confidence: reject on abort or at a deadline if that can happen.`;
    case 'animation-end':
      return `This promise waits for ${event} on \`${target}\` and nothing else. An animation that runs ends by itself; ${event} never comes when it does not run or is cancelled first (the element hidden or removed, its class or style changed back, a zero duration), which depends on styles and code not shown here: then the promise stays pending for ever with its listener. Medium confidence: settle on the cancel event too ('animationcancel', 'transitioncancel', an Animation's 'cancel') or at a deadline.`;
    case 'data-url-image':
      return `This promise waits for 'load' on \`${target}\`, an image of a \`data:\` URL, and nothing else. No request is made: 'error' (after which 'load' never comes) fires only when the bytes in the URL are not an image the browser can decode, which depends on what the code puts after \`data:\`. Medium confidence: reject on 'error' (\`${target}.onerror\`) if they can be.`;
    case 'close-after-destroy':
      return `This promise waits for ${event} on \`${target}\` and nothing else, right after the code destroys \`${target}\`: destroy() emits 'close' on a later tick, so the wait ends while the stream was still open. \`${target}\` is handed to this code, not made here: if it was closed already, its 'close' has come and gone and the promise stays pending for ever. Low confidence: check \`${target}.destroyed\` / \`${target}.closed\` first, or use \`finished()\` from node:stream.`;
    case 'close-too':
      return `This promise waits for ${event} on \`${target}\`, and settles on its 'close' too: the wait ends when \`${target}\` closes, which streams, sockets, child processes and message ports do after they fail. It stays pending only if \`${target}\` fails without closing, or stays open and silent. Low confidence: reject on 'error' (if it has one), on abort or at a deadline if that can happen.`;
    case 'custom-event':
      return `This promise waits for ${event} on \`${target}\` and nothing else: an event no browser fires, which comes only when a script dispatches it, and which has no failure event. Whether that script always does (for every request, on its own failures) is in its code, not here; if it never does, the promise stays pending for ever with its listener. Medium confidence: make the other side answer on every path, or reject on abort or at a deadline.`;
    case 'unheard-error':
      return `This promise waits for ${event} on \`${target}\`, made here, and nothing else. Nothing in this file listens for its 'error': if it fails, the 'error' is thrown from the emitter, an uncaught exception that ends the process, rather than leaving the wait pending. The promise stays pending for ever only if the process outlives that (an 'uncaughtException' handler elsewhere) or if ${event} neither comes nor fails, which this file does not show. Medium confidence: use \`once()\` from node:events, which rejects on 'error', with an abort signal or a deadline.`;
    case 'read-stream-close':
      return `This promise waits for ${event} on \`${target}\`, which the code reads as a Node stream, and nothing else. A stream is destroyed after an 'error' (autoDestroy, the default) as after its end, and 'close' follows both: the wait stays pending only if \`${target}\` errors without being destroyed (an old-style stream, or an 'error' emitted by hand) or never ends, which the code that made it decides. Medium confidence: \`finished()\` from node:stream/promises settles on its end and rejects on its error.`;
    case 'file-stream-close':
      return `This promise waits for ${event} on \`${target}\`, a file stream, and nothing else. File streams are destroyed after an 'error' as after their end, and 'close' follows both: the wait ends either way, and stays pending only while the code neither ends nor destroys the stream. Low confidence; \`once()\` from node:events would reject on that 'error' instead.`;
  }
}

/** `decideFix`'s answer for a wait the project phase threads a signal into. */
const THREAD = Symbol('thread');


// ---------------------------------------------------------------------------------------------
// Fix level: the one place this rule decides it

function decideFix(wait: UnsettledWait, path: NodePath, context: RuleContext<UnsettledPromiseOptions>, thread: boolean): FixProposal | typeof THREAD | null {
  const nodeCode = isNodeCode(context.ast.program);
  switch (wait.kind) {
    case 'deferred':
      return null;
    case 'callback':
    case 'swallowing-try': {
      const edits = buildRejectFix(wait, context);
      // Adding the missing reject only settles what used to hang: `auto`. Not for a callback its call runs again
      // (a watch, a listener): there a later run may still resolve, and rejecting at the first error ends a wait
      // the code may keep open until a run succeeds (a dev server's first build): a person decides.
      const repeated = wait.kind === 'callback' && wait.repeatedBy !== null;
      // Case: `fs.access(file, (error) => { if (!error) { …; resolve(''); } else { return null; } })`: the
      // error branch returns a value nobody receives — the author meant the awaiting caller to get it, so
      // whether a rejection (which the caller may not catch) or `resolve(null)` keeps the meaning is theirs to say.
      const fallback = wait.kind === 'callback' ? findFallbackReturn(wait.branch) : null;
      if (edits && fallback && wait.kind === 'callback') {
        const value = context.getText(fallback);
        return { edits, safe: false, description: `reject(${wait.error}) on the error path (it returns ${value} there, which nobody receives: if the caller should get ${value}, resolve(${value}) instead)` };
      }
      return edits && { edits, safe: !repeated, description: wait.kind === 'callback' ? `reject(${wait.error}) on the error path` : 'reject in the catch block' };
    }
    case 'sleep': {
      const signal = wait.signal ? fromScope(wait.signal) : null;
      // Case: no signal, between the tries of a counted retry loop: the loop stops by itself after its last try;
      // the owner's controller (a suggestion at best) would add a rejection at teardown for a tail that ends anyway.
      if (!signal && isBoundedRetrySleep(wait.executor.promise)) return null;
      // Case: a sleep pacing a loop in a React effect or an owned class with no signal: the owner's controller.
      const effect = signal ? null : buildOwnerController(path, context);
      const used = signal ?? (effect && fromOwner(effect));
      if (!used) return null;
      const edits = nodeCode ? buildNodeSleepFix(wait, used, context) : buildAbortableSleepFix(wait, used, context);
      return {
        edits: [...(effect?.edits ?? []), ...edits],
        // A signal in scope: tying the sleep to it is `auto` (a deadline the code made for other work: a person checks;
        // code that checks `signal.aborted` after the wait and returns: rejecting would turn that graceful end into an error).
        // The owner's controller: never `auto` (LEAKS.md: no signal in scope, a suggestion). The sleep now rejects
        // when the owner ends, and its loop's caller is often fire-and-forget (tabby's `this.autoSync()` from a
        // constructor, `setImmediate(async () => await frontend.attach(…))`): a new unhandled rejection per teardown.
        // A test double's implementation (`vi.spyOn(…).mockImplementation(async (x, signal) => …)`) sleeps the way
        // the test simulates the real code: one that ignores the signal may be the point of the test.
        safe: effect ? false : classifyOwnSignal(wait.signal!, path) !== 'own-deadline' && !endsGracefullyOnAbort(path, wait.signal!.binding.name) && !isInTestDoubleImplementation(path),
        description: `${nodeCode ? 'an abortable setTimeout from node:timers/promises' : 'a sleep that rejects on abort'}${effect ? describeOwner(effect) : ''}`,
      };
    }
    case 'event': {
      // Case: `img.onload = () => resolve(img)`: `onerror` rejects (a suggestion: an error that
      // used to be ignored now rejects what the code awaits)
      if (wait.registration.api === 'handler-property') {
        const edits = buildHandlerPropertyFix(wait, context);
        return edits && { edits, safe: false, description: `reject when ${clip(context.getText(wait.registration.target))} fires 'error'` };
      }
      // Skip: the last thing a callback does, on an emitter it was handed (tail-wait.ts): a hang there holds nothing,
      // and a deadline's rejection would surface from a callback whose promise nobody handles (Node ends the process).
      if (isTailWaitOnCallbackArgument(wait)) return null;
      // Skip: a local controller the code aborts itself (or never): it may be aborted already; the wait is not about it.
      const found = findSignalInScope(path);
      const own = found ? classifyOwnSignal(found, path) : null;
      const inScope = found && own !== 'self-aborted' && own !== 'never-aborted' ? found : null;
      // Case: a wait in a React effect or an owned class with no signal in scope: the owner's controller, else a deadline.
      const effect = inScope ? null : buildOwnerController(path, context);
      const emitter = wait.registration.api === 'emitter';
      if (emitter && !nodeCode) return null;
      // Skip: a 'close' wait beside an 'error' listener of the code's own: `once` would reject on the error it handles apart.
      if (isCloseWithErrorHandledApart(wait, path, (node) => context.getText(node))) return null;
      // Skip: a file stream's 'close', which follows its 'error' too (fs-stream-close.ts): the wait ends either way.
      if (emitter && isFileStreamClose(wait.registration, wait.executor)) return null;
      // Skip: a 'close' wait right after destroying an emitter handed in (close-after-destroy.ts): it ends unless the emitter was closed already.
      if (emitter && resolveCloseAfterDestroy(wait.registration, wait.executor) === 'handed') return null;
      // Case: no signal and no owner, in a function its callers could pass one to (thread-signal.ts).
      if (thread && !inScope && !effect && !context.sfc && findThreadableFunction(path)) return THREAD;
      // Skip: a deadline for a wait made at module load and kept in a top-level variable for later (startup-wait.ts): it
      // would count from the load, not from the await, and reject with nothing awaiting yet (an unhandled rejection)
      // Not in a single-file component: its top level runs once per component instance, not at module load.
      // Nor for a constructor's latch kept on the instance (isInstanceLatch): the same, from the construction.
      if (!inScope && !effect && ((!context.sfc && isKeptAtModuleTopLevel(wait.executor.promise)) || (wait.kind === 'event' && isInstanceLatch(wait.executor.promise, wait.registration.target)))) return null;
      const signal = inScope ? fromScope(inScope) : effect ? fromOwner(effect) : getDeadlineSignal(context);
      if (!signal) return null;
      const edits: TextEdit[] | null = emitter ? buildOnceFix(wait, signal, context) : buildEventTargetFix(wait, signal, context);
      if (!edits) return null;
      return {
        edits: [...(effect?.edits ?? []), ...edits],
        // Node: `once` rejects on 'error', where an unhandled 'error' used to throw. A deadline is a guess; DOM: a new error listener may reject what used to wait on.
        // Moving what starts the event out of the executor changes where its exceptions go: a person checks.
        // A deadline the code made for other work: whether the wait should end with it is the author's call.
        // 'close' follows 'error' on streams and sockets: `once` would reject where the code resolved.
        safe: emitter && !signal.isDeadline && wait.only && own !== 'own-deadline' && wait.registration.eventName !== 'close' && (!effect || isOwnerFixSafe(effect, path)),
        description: `${emitter ? `once(…, { signal: ${signal.text} }) from node:events` : `reject on error and on abort (${signal.text}), removing every listener`}${effect ? describeOwner(effect) : ''}`,
      };
    }
  }
}

function fromScope(signal: SignalInScope): FixSignal {
  return { text: signal.expression, narrowed: signal.narrowed, optional: signal.mayBeUndefined, isDeadline: false };
}

function fromOwner(owner: OwnerController): FixSignal {
  return { text: owner.signal, narrowed: owner.signal, optional: false, isDeadline: false };
}

function describeOwner(owner: OwnerController): string {
  return owner.owner === 'react-effect' ? ", aborted by the effect's cleanup" : ' with the class’s AbortController, aborted in its release method';
}

/** A deadline (`AbortSignal.timeout(30_000)`) when the runtime target has it. */
function getDeadlineSignal(context: RuleContext<UnsettledPromiseOptions>): FixSignal | null {
  const deadline = buildDeadlineSignal({ timeout: formatTimeout({ timeoutMs: context.options.timeoutMs, timeoutExpression: '' }), signals: [], target: context.settings.target });
  return deadline.ok ? { text: deadline.text, narrowed: deadline.text, optional: false, isDeadline: true } : null;
}

/**
 * A wait tied to its owner's controller is `auto` only where the cleanup rules' owner policy is
 * certain (cleanup-fix-certainty.ts). A React effect's wait must also run once per effect run
 * and handle, in its own chain (`.catch(…)`), the rejection the abort now causes at unmount: an
 * unhandled AbortError is a new error report. A class method's wait rejects to the method's
 * caller, as a wait given a signal does.
 */
function isOwnerFixSafe(owner: OwnerController, path: NodePath): boolean {
  return owner.certain && (owner.owner !== 'react-effect' || findChainedRejectionHandler(path).handler !== null);
}

// ---------------------------------------------------------------------------------------------
// Messages

function describeWait(wait: UnsettledWait, context: RuleContext<UnsettledPromiseOptions>, path: NodePath): string {
  switch (wait.kind) {
    case 'event': {
      const { registration } = wait;
      const event = context.getText(registration.event);
      const target = clip(context.getText(registration.target));
      if (registration.api === 'handler-property') {
        const errorEvent = getErrorEventName(registration, wait.iframe);
        const onError = errorEvent ? `Reject on '${errorEvent}' (\`${target}.on${errorEvent}\`), and on abort or a deadline where the wait can be cancelled.` : 'Reject on abort or at a deadline.';
        // Case: an <iframe> fires 'load' even when its page fails: only a frame never put in a document never loads
        if (wait.iframe) return `This promise waits for '${registration.eventName}' on the frame \`${target}\` (\`${event}\`) and nothing else. A frame fires 'load' even when its page fails to load, but not before it is put in a document, and this code does not insert it (what it is handed to may): if nothing does, the promise stays pending for ever. ${onError}`;
        return `This promise waits for '${registration.eventName}' on \`${target}\` (\`${event}\`) and nothing else: if it ${errorEvent ? `fails ('${errorEvent}') or ` : ''}never fires, the promise stays pending for ever. ${onError}`;
      }
      if (registration.api === 'emitter') {
        if (isCloseWithErrorHandledApart(wait, path, (node) => context.getText(node))) {
          return `This promise waits for ${event} on \`${target}\` and nothing else, and the code handles \`${target}\`'s 'error' with a listener of its own: on streams, sockets and child processes 'close' follows 'error', so the wait ends either way; it hangs only on an emitter whose 'close' does not follow its 'error'. \`once()\` would reject on the error handled here: no rewrite is offered.`;
        }
        return `This promise waits for ${event} on \`${target}\` and nothing else: if ${event} never comes (the emitter fails with 'error', or closes first) it stays pending for ever, with everything it holds. Use \`once()\` from node:events, which also rejects on 'error', with an abort signal or a deadline.`;
      }
      // Case: 'focusout', 'click': a person's input, with no failure event
      if (isInputEventWait(wait)) return `This promise waits for ${event} on \`${target}\` and nothing else. ${event} comes from a person's input and has no failure event: the promise stays pending, with its listener on \`${target}\`, as long as no one acts — for ever if the element goes away first. Reject on abort or at a deadline where that can happen, and remove the listener when it settles.`;
      return `This promise waits for ${event} on \`${target}\` and nothing else: if it fails ('error') or never fires, the promise stays pending for ever and its listener stays on \`${target}\`. Reject on 'error' and on abort, and remove the listeners when it settles.`;
    }
    case 'callback':
      // Case: a callback run again at every change (a watch, a listener): a later run may still resolve
      if (wait.repeatedBy !== null) return `The callback's error path never settles this promise: when \`${wait.error}\` is set, nothing resolves or rejects it. \`${clip(wait.repeatedBy)}\` runs the callback again at every change, so a later run may still resolve it; if none does, whoever awaits it waits for ever. Reject with the error if the first error should end the wait.`;
      return `The callback's error path never settles this promise: when \`${wait.error}\` is set, nothing resolves or rejects it, and whoever awaits it waits for ever. Reject with the error.`;
    case 'swallowing-try':
      return 'The `catch` in this executor neither resolves nor rejects: when the `try` throws, the promise stays pending for ever. Reject with the error.';
    case 'sleep':
      if (!wait.signal && isBoundedRetrySleep(wait.executor.promise)) return "This sleep waits between the tries of a retry loop that outlives its owner: after the component unmounts (or the instance is destroyed), the loop still waits out its delays and tries again until its count runs out. The loop stops by itself, so no rewrite is offered; abort the sleep from the owner's cleanup if those late tries matter.";
      if (!wait.signal) return "This sleep paces a loop that outlives its owner: after the component unmounts (or the effect re-runs, or the instance is destroyed), the loop waits out the delay and runs another round, with nothing to stop it. Abort the sleep from the owner's cleanup.";
      if (isInTestDoubleImplementation(path)) return `This sleep ignores \`${wait.signal.expression}\`: after an abort, the code waits out the delay and carries on. It is in a test double's implementation, which stands in for real code the way the test chooses: make it abortable only if the code it fakes stops on abort (a test of how the caller copes with work that does not stop would change).`;
      return `This sleep ignores \`${wait.signal.expression}\`: after an abort, the code waits out the delay and carries on. Make the sleep abortable.`;
    case 'deferred':
      return `\`${wait.resolver}\` is called only from event handlers and no reject is kept: if the event never comes, whoever awaits this promise waits for ever. Keep the reject and call it on error, abort or a deadline.`;
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
