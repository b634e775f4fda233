/**
 * The matcher: which `new Promise(executor)` can stay pending for ever, and in which shape.
 *
 * - `event`: the executor waits for an event (`emitter.once('x', resolve)`,
 *   `target.addEventListener('load', resolve, { once: true })`) and has no way out: no listener
 *   on `'error'` that settles, no `reject` anywhere, no timer, no abort signal. Not a process
 *   signal, not the terminal's input, not a dialog's `'close'` nor the `'closed'` of an Electron
 *   window the executor opens: those wait for a person; not a
 *   child process's `'close'` with no signal in scope (it follows the exit or the spawn error).
 * - `callback`: a Node-style callback (`(err, data) => …`) whose error branch neither resolves
 *   nor rejects (`if (!err) resolve(data)`, `if (err) { log(err); return; }`).
 * - `swallowing-try`: a `try` in the executor whose `catch` neither resolves nor rejects.
 * - `sleep`: `new Promise((r) => setTimeout(r, ms))` where a signal is in scope and unused, or,
 *   with no signal, one that paces a loop in a React effect or a method of a class with a
 *   recognised release method (the owner's AbortController can end it: owner-controller.ts). A
 *   one-shot sleep with no signal always ends: only a delay, not a wait that can last for ever.
 * - `deferred`: `new Promise((r) => (resolveLater = r))` / `Promise.withResolvers()` whose
 *   resolver is called only from event handlers, with no reject kept anywhere.
 */
import { isValueWrapper, isLoopType } from '../../src/core/node-helpers';
import type { BlockStatement, CallExpression, Expression, ExpressionStatement, Function as FunctionNode, Identifier, IfStatement, Node, Statement, TryStatement } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findBinding, isFunctionNode, isGlobalReference, type Binding } from '../../src/analysis/syntax/scope';
import { findSignalInScope, type SignalInScope } from '../../src/analysis/resources/signal-in-scope';
import { hasDeadlineOrAbort } from './executor';
import { isOwnEventWait } from './own-event';
import { resolveCloseAfterDestroy } from './close-after-destroy';
import { isOwnElectronWindowClose } from './electron-window';
import { isChildProcessCreation } from './child-exit';
import { resolvePromiseExecutor, type PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { mentionsName } from '../../src/analysis/syntax/mentions-name';
import { hasControllerOwner, isInOwnersRelease } from './owner-controller';
import { classifyOwnSignal } from './own-signal';
import { getEventRegistration, getHandlerForm, type EventRegistration, type HandlerForm } from './event-registration';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import { findIframeBinding, isInserted } from './iframe-load';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';

export type UnsettledWait =
  | {
      kind: 'event';
      executor: PromiseExecutor;
      registration: EventRegistration;
      handlerForm: HandlerForm;
      /** The registration is all the executor does. */
      only: boolean;
      /**
       * The executor registers the listener first, then starts what fires the event, in plain
       * expression statements (`out.on('finish', resolve); out.end(text);`): those statements.
       */
      thenStarts: ExpressionStatement[] | null;
      /** The target is an `<iframe>` the code makes: it has no `error` event (iframe-load.ts). */
      iframe: boolean;
    }
  | {
      kind: 'callback';
      executor: PromiseExecutor;
      callback: FunctionNode;
      error: string;
      branch: ErrorBranch;
      /**
       * The call the callback is handed to runs it again at every change or event (`compiler.watch(opts, cb)`,
       * `fs.watch(file, cb)`, `emitter.on(evt, cb)`, `setInterval(cb)`): the text of its callee, else `null`.
       * A later run may still resolve what an error left pending.
       */
      repeatedBy: string | null;
    }
  | { kind: 'swallowing-try'; executor: PromiseExecutor; statement: TryStatement }
  /** `signal` is `null` for a sleep in a loop of an owner (React effect, class) with no signal in scope. */
  | { kind: 'sleep'; executor: PromiseExecutor; timer: CallExpression; delay: Node; signal: SignalInScope | null }
  | { kind: 'deferred'; node: Node; resolver: string };

/** The branch of `if (err)` / `if (!err)` that runs on an error, and where `reject(err)` goes. */
export type ErrorBranch =
  /** `if (!err) resolve(data)`: no else; one is added. */
  | { kind: 'missing-else'; statement: IfStatement }
  /** `if (err) { …; return; }` or `if (!err) … else { … }`: `reject(err)` goes first in the block. */
  | { kind: 'block'; block: BlockStatement }
  /** `if (err) return;`. */
  | { kind: 'bare-return'; statement: Statement }
  /** `if (err) return log(err);`, `else log(err);`: the statement becomes a block that rejects first. */
  | { kind: 'statement'; statement: Statement };

/** Process-lifetime waits (`await new Promise((r) => process.once('SIGTERM', r))`) are the point of the code. */
const PROCESS_EVENTS = /^(?:SIG[A-Z0-9]+|exit|beforeExit|disconnect)$/;
const ERROR_EVENTS = new Set(['error', 'messageerror', 'abort', 'timeout']);
const ERROR_NAMES = /^(?:err|error|e|er|ex|exc|exception)$/;

export function matchUnsettledPromise(path: NodePath): UnsettledWait | null {
  const executor = resolvePromiseExecutor(path);
  if (executor) {
    if (!isWaitedFor(path) || isRaced(path)) return null;
    return matchSleep(executor) ?? matchEventWait(executor) ?? matchCallback(executor) ?? matchSwallowingTry(executor) ?? matchDeferred(executor);
  }
  return matchWithResolvers(path);
}

// ---------------------------------------------------------------------------------------------
// Whose value someone waits for

/** Awaited, returned, kept or chained: a dropped `new Promise(…)` is unconsumed-promise's. */
function isWaitedFor(path: NodePath): boolean {
  let current: NodePath = path;
  while (current.parentPath && current.parent && isValueWrapper(current.parent)) current = current.parentPath;
  const parent = current.parent;
  return parent !== null && parent.type !== 'ExpressionStatement' && parent.type !== 'UnaryExpression';
}


/** `Promise.race([wait, timeout])`, directly or through a variable: the race decides how long it waits. */
function isRaced(path: NodePath): boolean {
  let current: NodePath = path;
  while (current.parentPath && current.parent && isValueWrapper(current.parent)) current = current.parentPath;
  if (isRaceElement(current)) return true;
  const declarator = current.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') return false;
  const binding = findBinding(current, declarator.id.name);
  if (!binding) return false;
  return findBindingReferences(current, binding).some((reference) => isRaceElement(reference));
}

function isRaceElement(path: NodePath): boolean {
  const array = path.parent;
  const call = path.parentPath?.parent;
  if (array?.type !== 'ArrayExpression' || call?.type !== 'CallExpression') return false;
  const callee = unwrapExpression(call.callee);
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'Promise' &&
    (getPropertyName(callee) === 'race' || getPropertyName(callee) === 'any')
  );
}

const DIALOG_END_EVENTS = new Set(['close', 'cancel']);
const DIALOG_NAME = /dialog|dlg|modal/i;

/**
 * A dialog: a name that says so (`dlg`, `dialog`, `this.modal`, `editDialog`), or a binding made
 * by `document.createElement('dialog')` or a `createDialog(…)` / `….createDialog(…)` call.
 */
function isDialogTarget(target: Node, executor: PromiseExecutor): boolean {
  const node = unwrapExpression(target);
  const name = node.type === 'Identifier' ? node.name : node.type === 'MemberExpression' ? getPropertyName(node) : null;
  if (name && DIALOG_NAME.test(name)) return true;
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(executor.promise, node.name);
  const declaration = binding?.declaration;
  const init = declaration?.type === 'VariableDeclarator' ? declaration.init : null;
  if (!init || init.type !== 'CallExpression') return false;
  const callee = unwrapExpression(init.callee);
  const called = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
  if (called === 'createDialog') return true;
  const first = init.arguments[0];
  return called === 'createElement' && first?.type === 'StringLiteral' && first.value === 'dialog';
}

/**
 * `child.on('close', resolve)` where `child` is a `const` made by `spawn` / `exec` / `execFile` /
 * `fork` of `child_process` (imported, required, or called on the module): settled whether the
 * child exits or fails to start (Heroic's `wait_child.on('close', () => res_wait())`).
 */
function isChildProcessClose(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.eventName !== 'close' || registration.api !== 'emitter') return false;
  const target = unwrapExpression(registration.target);
  if (target.type !== 'Identifier') return false;
  const at = findDescendantPath(executor.promise, registration.call);
  const binding = at ? findBinding(at, target.name) : null;
  const declaration = binding?.declaration;
  const init = binding && declaration?.type === 'VariableDeclarator' && declaration.id === binding.identifier && binding.kind === 'const' && declaration.init ? declaration.init : null;
  return !!at && !!init && isChildProcessCreation(init, at);
}

// ---------------------------------------------------------------------------------------------
// Shapes

/** The one statement or expression of the executor's body, or `null` when it has several. */
function getOnlyExpression(executor: PromiseExecutor): Expression | null {
  const body = executor.fn.body;
  if (body.type !== 'BlockStatement') return unwrapExpression(body) as Expression;
  if (body.body.length !== 1 || body.body[0]!.type !== 'ExpressionStatement') return null;
  return unwrapExpression(body.body[0]!.expression) as Expression;
}

function matchSleep(executor: PromiseExecutor): UnsettledWait | null {
  const only = getOnlyExpression(executor);
  if (only?.type !== 'CallExpression' || only.callee.type !== 'Identifier' || only.callee.name !== 'setTimeout') return null;
  if (!isGlobalReference(executor.promise, 'setTimeout') || only.arguments.length !== 2) return null;
  const [callback, delay] = only.arguments;
  if (!callback || !delay || delay.type === 'SpreadElement' || delay.type === 'ArgumentPlaceholder') return null;
  const form = getHandlerForm(callback, executor.resolve);
  if (form !== 'resolve' && form !== 'empty') return null;
  const signal = findSignalInScope(executor.promise);
  // Skip: a signal the code aborts itself (or never): waiting past its own abort is the code's choice.
  if (signal && ['self-aborted', 'never-aborted'].includes(classifyOwnSignal(signal, executor.promise))) return null;
  // Skip: no signal in scope and no loop: the sleep ends by itself (LEAKS.md matches sleeps where a
  // signal is in scope). The code after it may run once after its owner is gone, but nothing waits
  // for ever (tabby's terminal `attach()`: sleeps of 0, 100 and up to 1000 ms, a finding each before).
  // Case: a sleep that paces a loop in a React effect or an owned class: the loop's rounds go on after the owner is gone.
  if (!signal && !(isInLoop(executor.promise) && hasControllerOwner(executor.promise))) return null;
  // Skip: with no signal, a loop in the owner's release method itself (a shutdown hook waiting for running tasks): it is the owner's end, nothing outlives it.
  if (!signal && isInOwnersRelease(executor.promise)) return null;
  return { kind: 'sleep', executor, timer: only, delay, signal };
}


/** A loop body (not its head) between `path` and its function: each round waits again. */
function isInLoop(path: NodePath): boolean {
  let previous = path;
  for (let current = path.parentPath; current && !isFunctionNode(current.node); previous = current, current = current.parentPath) {
    if (isLoopType(current.node.type) && previous.key === 'body') return true;
  }
  return false;
}

function matchEventWait(executor: PromiseExecutor): UnsettledWait | null {
  const body = executor.fn.body;
  const registrations: EventRegistration[] = [];
  forEachNode(body, (node) => {
    const registration = getEventRegistration(node);
    if (registration) registrations.push(registration);
  });
  const waits = registrations.filter((registration) => getHandlerForm(registration.handler, executor.resolve) !== null);
  if (waits.length === 0) return null;
  // Skip: a listener on 'error' that settles, a reject anywhere, a timer or a signal: a way out exists.
  if (registrations.some((registration) => registration.eventName !== null && ERROR_EVENTS.has(registration.eventName))) return null;
  if (executor.reject && mentionsName(body, executor.reject)) return null;
  if (hasDeadlineOrAbort(body)) return null;
  // Skip: a child process's 'close' comes after 'exit', or after 'error' when it cannot start (Node's docs);
  // with a signal in scope the wait still ignores an abort (node-child-close-after-stdin-end)
  if (waits.some((registration) => isChildProcessClose(registration, executor)) && !findSignalInScope(executor.promise)) return null;
  // Skip: 'loadend' (a FileReader's, an XMLHttpRequest's) comes after 'load', 'error' and 'abort'
  // alike: it ends every read or request that started (openreplay's `reader.onloadend = () => resolve(…)`)
  if (waits.every((registration) => registration.eventName === 'loadend')) return null;
  // Skip: a file picker that settles on 'cancel' as on 'change' (SillyTavern's `input.onchange = …;
  // input.oncancel = () => resolve('')`): the person chose a file or closed the picker.
  if (waits.length > 1 && waits.some((registration) => registration.eventName === 'cancel')) return null;
  const wait = waits[0]!;
  // Skip: waiting for a process signal is how a program waits to be stopped.
  const target = unwrapExpression(wait.target);
  if (target.type === 'Identifier' && target.name === 'process' && wait.eventName !== null && PROCESS_EVENTS.test(wait.eventName)) return null;
  // Skip: `process.stdin.once('data', …)` waits for a person at the terminal, for as long as they take.
  if (getMemberChain(target) === 'process.stdin') return null;
  // Skip: so does a readline interface over it (`const rl = readline.createInterface({ input:
  // process.stdin })`, then `rl.on('line', …)`): a prompt waits for the answer, however long it takes.
  if (target.type === 'Identifier' && isTerminalPrompt(executor.promise, target)) return null;
  // Skip: a dialog's 'close' (or 'cancel') comes when the person closes it, however long they take;
  // a dialog has no error event (jellyfin's `dlg.addEventListener('close', resolve); dialogHelper.open(dlg)`).
  if (wait.eventName !== null && DIALOG_END_EVENTS.has(wait.eventName) && isDialogTarget(wait.target, executor)) return null;
  // Skip: so does an Electron window's 'closed', for a window the executor opens itself (electron-window.ts).
  if (isOwnElectronWindowClose(wait, executor)) return null;
  // Skip: an event the class dispatches on its own instance (a web component's `'after-hide'` on `this`):
  // its own state change, with no error event; the listener goes with the object.
  if (isOwnEventWait(wait, executor)) return null;
  // Skip: a 'close' wait written right after the code destroys the same emitter, one it made in this function
  // (close-after-destroy.ts): destroy() emits it. On an emitter handed in, `low` (rule.ts).
  if (resolveCloseAfterDestroy(wait, executor) === 'made-here') return null;
  // Skip: the page's own `DOMContentLoaded` / `load` while it is still loading (behind a `document.readyState`
  // test, or at a module script's top level, which runs before both): they always come.
  if (isPageLoadWait(wait, executor)) return null;
  const at = findDescendantPath(executor.promise, wait.call);
  const frame = at ? findIframeBinding(wait.target, at) : null;
  // Skip: the 'load' of an <iframe> the code inserts into the document: it comes after every
  // navigation, a failed one included (an error page loads), so the wait always ends.
  if (frame && wait.eventName === 'load' && isInserted(frame, at!)) return null;
  const only = getOnlyExpression(executor);
  const handlerForm = getHandlerForm(wait.handler, executor.resolve)!;
  return { kind: 'event', executor, registration: wait, handlerForm, only: waits.length === 1 && only === wait.call, thenStarts: waits.length === 1 ? getStartsAfterRegistration(executor, wait) : null, iframe: frame !== null };
}

/**
 * `document.addEventListener('DOMContentLoaded', resolve)`, `window.addEventListener('load',
 * resolve)` (also `window.onload = resolve`) where the page is known to be still loading: the
 * wait is in the branch of an `if` that tests `document.readyState` (`if (document.readyState ===
 * 'loading') await new Promise(…)`, Rocket.Chat's video call window; or inside the executor,
 * `if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () =>
 * resolve()); else resolve();`, mirotalk's i18n), or at the top level of a
 * module (SillyTavern's `await new Promise((r) => window.addEventListener('load', r))` in its
 * entry module: a module script runs before the document finishes loading). Elsewhere the
 * event may have passed already, and the wait would never end: still a finding.
 */
function isPageLoadWait(wait: EventRegistration, executor: PromiseExecutor): boolean {
  const target = unwrapExpression(wait.target);
  const name = target.type === 'Identifier' ? target.name : getMemberChain(target);
  const pageEvent = (wait.eventName === 'DOMContentLoaded' && (name === 'document' || name === 'window')) || (wait.eventName === 'load' && (name === 'window' || name === 'globalThis' || name === 'self'));
  if (!pageEvent || findBinding(executor.promise, name?.split('.')[0] ?? '')) return false;
  // Case: `new Promise((resolve) => { if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve()); else resolve(); })`: the test inside the executor
  const at = findDescendantPath(executor.promise, wait.call);
  for (let inner = at, current = at?.parentPath ?? null; current && current.node !== executor.fn; inner = current, current = current.parentPath) {
    if (current.node.type === 'IfStatement' && inner!.key !== 'test' && mentionsReadyState(current.node.test)) {
      // the other branch must settle it (`else resolve()`): with no else, a loaded page leaves it pending
      const other = inner!.key === 'consequent' ? current.node.alternate : current.node.consequent;
      return other != null && callsFunctionNamed(other, executor.resolve);
    }
    if (isFunctionNode(current.node)) break;
  }
  let previous: NodePath = executor.promise;
  for (let current = executor.promise.parentPath; current; previous = current, current = current.parentPath) {
    const node = current.node;
    if (node.type === 'IfStatement' && previous.key !== 'test' && mentionsReadyState(node.test)) return true;
    if (isFunctionNode(node)) return false;
    if (node.type === 'Program') return true;
  }
  return false;
}

/** `node` calls `name(…)` directly (not inside a nested function). */
function callsFunctionNamed(node: Node, name: string): boolean {
  let found = false;
  forEachNode(node, (current) => {
    if (found || (current !== node && isFunctionNode(current))) return false;
    if (current.type === 'CallExpression' && current.callee.type === 'Identifier' && current.callee.name === name) found = true;
    return undefined;
  });
  return found;
}

/** The test reads `document.readyState`. */
function mentionsReadyState(test: Node): boolean {
  let found = false;
  forEachNode(test, (node) => {
    if (found) return false;
    if (node.type === 'MemberExpression' && getMemberChain(node) === 'document.readyState') found = true;
    return undefined;
  });
  return found;
}

/** `{ out.on('finish', resolve); out.end(text); }`: the statements after the registration, when they are plain calls. */
function getStartsAfterRegistration(executor: PromiseExecutor, wait: EventRegistration): ExpressionStatement[] | null {
  const body = executor.fn.body;
  if (body.type !== 'BlockStatement' || body.body.length < 2) return null;
  const [first, ...rest] = body.body;
  if (first?.type !== 'ExpressionStatement' || unwrapExpression(first.expression) !== wait.call) return null;
  if (!rest.every((statement): statement is ExpressionStatement => statement.type === 'ExpressionStatement')) return null;
  // Case: a later statement that settles, or reads `reject`, is part of the wait, not what starts it
  if (rest.some((statement) => mentionsName(statement, executor.resolve) || (executor.reject !== null && mentionsName(statement, executor.reject)))) return null;
  return rest;
}

function matchCallback(executor: PromiseExecutor): UnsettledWait | null {
  const body = executor.fn.body;
  if (executor.reject && mentionsName(body, executor.reject)) return null;
  let found: UnsettledWait | null = null;
  forEachNode(body, (node, parent, key) => {
    if (found) return false;
    if (!isFunctionNode(node) || parent?.type !== 'CallExpression' || key !== 'arguments') return undefined;
    const fn = node as FunctionNode;
    const [first] = fn.params;
    if (first?.type !== 'Identifier' || !ERROR_NAMES.test(first.name) || fn.body.type !== 'BlockStatement' || !mentionsName(fn.body, executor.resolve)) return undefined;
    const branch = findUnsettledErrorBranch(fn.body, first.name, executor);
    if (branch) found = { kind: 'callback', executor, callback: fn, error: first.name, branch, repeatedBy: getRepeatingCallee(parent as CallExpression) };
    return false;
  });
  return found;
}

/**
 * Calls that run their callback again and again: a watch API (webpack's and rollup's
 * `compiler.watch(options, cb)`, `fs.watch`, `fs.watchFile`, chokidar's `watch`, Vue's `watch`), a
 * subscription, a listener registration that is not a `once`, and `setInterval`.
 */
const REPEATING_CALLBACK_METHODS: ReadonlySet<string> = new Set(['watch', 'watchFile', 'subscribe', 'on', 'addListener', 'prependListener', 'addEventListener']);
const REPEATING_CALLBACK_FUNCTIONS: ReadonlySet<string> = new Set(['watch', 'watchFile', 'setInterval']);

/** `compiler.watch` of `compiler.watch({}, (err, stats) => …)` when the call runs its callback again, else `null`. */
function getRepeatingCallee(call: CallExpression): string | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') return REPEATING_CALLBACK_FUNCTIONS.has(callee.name) ? callee.name : null;
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return null;
  const method = getPropertyName(callee);
  if (!method || !REPEATING_CALLBACK_METHODS.has(method)) return null;
  return getMemberChain(callee) ?? method;
}

function findUnsettledErrorBranch(body: BlockStatement, error: string, executor: PromiseExecutor): ErrorBranch | null {
  const statements = body.body;
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!;
    if (statement.type !== 'IfStatement') continue;
    const test = getErrorTest(statement.test, error);
    if (!test) continue;
    const settles = (node: Node | null | undefined): boolean => node != null && (mentionsName(node, executor.resolve) || containsThrow(node));
    // The error branch may settle through a function the executor declared (it sees `resolve`),
    // or end another promise with a `reject` from an outer scope: not sure to hang, no finding.
    const maySettle = (node: Node | null | undefined): boolean => settles(node) || (node != null && callsSettlingFunction(node, executor));
    const rest = statements.slice(i + 1);
    if (test === 'error') {
      const branch = statement.consequent;
      if (maySettle(branch)) return null;
      // Case: `if (err) { log(err); } else { resolve(data); }` and nothing after it settles
      const settlesOnlyInElse = statement.alternate != null && mentionsName(statement.alternate, executor.resolve) && !rest.some((next) => settles(next));
      // Case: `if (err) { log(err); return; } resolve(data)`: the error branch leaves without settling
      if (!leaves(branch) && !settlesOnlyInElse) return null;
      return toErrorBranch(branch);
    }
    // Case: `if (!err) resolve(data)` and nothing after it settles
    if (!mentionsName(statement.consequent, executor.resolve) || rest.some((next) => settles(next))) return null;
    const alternate = statement.alternate;
    if (!alternate) return { kind: 'missing-else', statement };
    if (maySettle(alternate)) return null;
    return toErrorBranch(alternate);
  }
  return null;
}

/**
 * `branch` calls `reject` (of any promise: an outer one's, under that name) or a function declared
 * inside the executor, which can settle the promise through the `resolve` it closes over.
 */
function callsSettlingFunction(branch: Node, executor: PromiseExecutor): boolean {
  const local = new Set<string>();
  forEachNode(executor.fn.body, (node) => {
    if (node.type === 'FunctionDeclaration' && node.id) local.add(node.id.name);
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init && isFunctionNode(node.init)) local.add(node.id.name);
    return undefined;
  });
  let found = false;
  forEachNode(branch, (node) => {
    if (found) return false;
    if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && node.callee.type === 'Identifier') {
      if (node.callee.name === 'reject' || local.has(node.callee.name)) found = true;
    }
    return undefined;
  });
  return found;
}

function toErrorBranch(branch: Statement): ErrorBranch {
  if (branch.type === 'BlockStatement') return { kind: 'block', block: branch };
  if (branch.type === 'ReturnStatement' && !branch.argument) return { kind: 'bare-return', statement: branch };
  return { kind: 'statement', statement: branch };
}

/** `err` / `err != null` → `'error'`; `!err` / `err == null` → `'ok'`. */
function getErrorTest(test: Node, error: string): 'error' | 'ok' | null {
  const node = unwrapExpression(test);
  if (node.type === 'Identifier' && node.name === error) return 'error';
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    const inner = getErrorTest(node.argument, error);
    return inner === 'error' ? 'ok' : inner === 'ok' ? 'error' : null;
  }
  if (node.type === 'BinaryExpression' && node.left.type === 'Identifier' && node.left.name === error) {
    const right = unwrapExpression(node.right);
    const nullish = right.type === 'NullLiteral' || (right.type === 'Identifier' && right.name === 'undefined');
    if (!nullish) return null;
    if (node.operator === '!=' || node.operator === '!==') return 'error';
    if (node.operator === '==' || node.operator === '===') return 'ok';
  }
  return null;
}

/** The branch ends by leaving the callback (`return`), so nothing after it runs. */
function leaves(branch: Statement): boolean {
  if (branch.type === 'ReturnStatement') return true;
  if (branch.type !== 'BlockStatement') return false;
  const last = branch.body[branch.body.length - 1];
  return last?.type === 'ReturnStatement';
}

function containsThrow(node: Node): boolean {
  let found = false;
  forEachNode(node, (child) => {
    if (found || isFunctionNode(child)) return false;
    if (child.type === 'ThrowStatement') found = true;
    return undefined;
  });
  return found;
}

function matchSwallowingTry(executor: PromiseExecutor): UnsettledWait | null {
  const body = executor.fn.body;
  if (body.type !== 'BlockStatement') return null;
  if (executor.reject && mentionsName(body, executor.reject)) return null;
  for (const statement of body.body) {
    if (statement.type !== 'TryStatement' || !statement.handler || statement.finalizer) continue;
    if (!mentionsName(statement.block, executor.resolve)) continue;
    const handler = statement.handler;
    if (handler.param?.type !== 'Identifier') continue;
    if (mentionsName(handler.body, executor.resolve) || containsThrow(handler.body)) continue;
    // Case: code after the `try` settles the promise anyway
    const after = body.body.slice(body.body.indexOf(statement) + 1);
    if (after.some((next) => mentionsName(next, executor.resolve))) continue;
    return { kind: 'swallowing-try', executor, statement };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Deferreds

/** `new Promise((r) => (resolveLater = r))` / `{ resolveLater = r }`: the resolver kept outside, no reject kept. */
function matchDeferred(executor: PromiseExecutor): UnsettledWait | null {
  const only = getOnlyExpression(executor);
  if (only?.type !== 'AssignmentExpression' || only.operator !== '=' || only.left.type !== 'Identifier') return null;
  const right = unwrapExpression(only.right);
  if (right.type !== 'Identifier' || right.name !== executor.resolve) return null;
  const binding = findBinding(executor.promise, only.left.name);
  if (!binding || !isCalledOnlyFromEventHandlers(executor.promise, binding)) return null;
  return { kind: 'deferred', node: executor.promise.node, resolver: only.left.name };
}

/** `const { promise, resolve } = Promise.withResolvers()` without `reject`, resolved only from event handlers. */
function matchWithResolvers(path: NodePath): UnsettledWait | null {
  const node = path.node;
  if (node.type !== 'CallExpression') return null;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'Promise' || getPropertyName(callee) !== 'withResolvers') return null;
  if (!isGlobalReference(path, 'Promise')) return null;
  const declarator = path.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'ObjectPattern') return null;
  let resolver: Identifier | null = null;
  for (const property of declarator.id.properties) {
    if (property.type !== 'ObjectProperty' || property.key.type !== 'Identifier') return null;
    if (property.key.name === 'reject') return null;
    if (property.key.name === 'resolve' && property.value.type === 'Identifier') resolver = property.value;
  }
  if (!resolver) return null;
  const binding = findBinding(path, resolver.name);
  if (!binding || !isCalledOnlyFromEventHandlers(path, binding)) return null;
  return { kind: 'deferred', node, resolver: resolver.name };
}

function isCalledOnlyFromEventHandlers(at: NodePath, binding: Binding): boolean {
  const references = findBindingReferences(at, binding);
  const calls = references.filter((reference) => reference.parent?.type === 'CallExpression' && reference.key === 'callee');
  // Case: passed on (`done(resolve)`) or assigned elsewhere: someone else may settle it
  const others = references.filter((reference) => !calls.includes(reference) && !isAssignmentTarget(reference));
  if (calls.length === 0 || others.length > 0) return false;
  return calls.every((call) => isInEventHandler(call));
}

function isAssignmentTarget(path: NodePath): boolean {
  return path.parent?.type === 'AssignmentExpression' && path.key === 'left';
}

function isInEventHandler(path: NodePath): boolean {
  for (let current = path.parentPath; current; current = current.parentPath) {
    if (!isFunctionNode(current.node)) continue;
    const registration = current.parent ? getEventRegistration(current.parent) : null;
    if (registration && registration.handler === current.node) return registration.eventName === null || !ERROR_EVENTS.has(registration.eventName);
  }
  return false;
}

const READLINE_MODULES = new Set(['readline', 'node:readline', 'readline/promises', 'node:readline/promises']);

/** `name` is a `const` holding `createInterface({ input: process.stdin, … })` of Node's readline. */
function isTerminalPrompt(at: NodePath, name: Identifier): boolean {
  const binding = findBinding(at, name.name);
  const declaration = binding?.kind === 'const' && binding.declaration.type === 'VariableDeclarator' ? binding.declaration : null;
  const init = declaration?.init ? unwrapExpression(declaration.init) : null;
  if (init?.type !== 'CallExpression') return false;
  const callee = unwrapExpression(init.callee);
  let module: string | null = null;
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(at, callee.name);
    module = reference?.imported === 'createInterface' ? reference.source : null;
  } else if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'createInterface' && callee.object.type === 'Identifier') {
    module = resolveModuleReference(at, callee.object.name)?.source ?? null;
  }
  if (module === null || !READLINE_MODULES.has(module)) return false;
  const options = init.arguments[0];
  if (options?.type !== 'ObjectExpression') return false;
  return options.properties.some(
    (property) =>
      property.type === 'ObjectProperty' &&
      !property.computed &&
      ((property.key.type === 'Identifier' && property.key.name === 'input') || (property.key.type === 'StringLiteral' && property.key.value === 'input')) &&
      getMemberChain(property.value as Expression) === 'process.stdin',
  );
}
