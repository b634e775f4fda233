/**
 * loop-cancellation's matcher: background work that nothing can stop.
 *
 * - `while (true)` / `for (;;)` / `do … while (true)` in an async function that awaits between
 *   rounds, with no exit (`break`, `return`, an uncaught `throw`) and nothing tied to a signal;
 * - `for await` over a source that never ends by itself: `on(emitter, event)` from
 *   `node:events` and `setInterval(ms)` from `node:timers/promises`, without a `signal`;
 * - a self-rescheduling `setTimeout(poll, ms)` function outside any owner scope (inside one,
 *   timer-cleanup owns it: one owner rule per finding) with no flag or signal that stops it.
 *
 * Process-lifetime work is left alone: module top-level loops, the run-once entry function
 * (`main()` called once from module top level), module initialisation code, and loops a
 * root-provided Angular service starts once (root-service-startup.ts).
 */
import { isStableExpression } from './stable-arguments';
import { getProgram, isInsideNode, isLoopType } from '../../src/core/node-helpers';
import type { CallExpression, Function as FunctionNode, Identifier, Node } from '@babel/types';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isRunOnceEntryFunction } from '../../src/analysis/syntax/entry-function';
import { isModuleInitCode } from '../../src/analysis/lifecycle/module-init-code';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { findBinding, isFunctionNode, isGlobalReference, type Binding } from '../../src/analysis/syntax/scope';
import { findSignalInScope, type SignalInScope } from '../../src/analysis/resources/signal-in-scope';
import type { NodePath } from '../../src/core/traverse';
import { findSleeps, hasSleep } from './abortable-sleep';
import { isRootServiceStartup } from './root-service-startup';
import { isProcessEndCall } from '../../src/analysis/resources/process-end-call';
import { hasRescheduleExit } from '../../src/analysis/resources/reschedule-exit';

export type LoopShape = 'loop' | 'for-await' | 'poller';

export interface LoopCandidate {
  shape: 'loop';
  loop: NodePath;
  /** The async function the loop runs in: it gets the signal. */
  fn: NodePath<FunctionNode>;
  /** The signal the function can already reach, if any (the loop just does not check it). */
  signal: SignalInScope | null;
}

export interface ForAwaitCandidate {
  shape: 'for-await';
  loop: NodePath;
  fn: NodePath<FunctionNode>;
  /** `on(emitter, 'data')` / `setInterval(1000)`: the call that makes the endless iterator. */
  source: NodePath<CallExpression>;
  /** Index of the options argument (`on`: 2, timers `setInterval`: 2). */
  optionsIndex: number;
  signal: SignalInScope | null;
}

export interface PollerCandidate {
  shape: 'poller';
  /** The function that reschedules itself. */
  poll: NodePath<FunctionNode>;
  pollBinding: Binding;
  /** `setTimeout(poll, ms)` inside it. */
  reschedule: NodePath<CallExpression>;
  /** The function that starts the poller and gets the signal (encloses `poll`, or is `poll`). */
  fn: NodePath<FunctionNode>;
  /** `poll` is a module-level function its callers start: it is `fn`, and takes the signal itself. */
  selfStarting: boolean;
  signal: SignalInScope | null;
}

export type Candidate = LoopCandidate | ForAwaitCandidate | PollerCandidate;


function isAlwaysTrue(test: Node | null | undefined): boolean {
  if (!test) return true;
  const value = unwrapExpression(test);
  return (value.type === 'BooleanLiteral' && value.value) || (value.type === 'NumericLiteral' && value.value !== 0);
}

/** The innermost function around `path` (not `path` itself). */
export function getEnclosingFunction(path: NodePath): NodePath<FunctionNode> | null {
  return path.findParent((p) => isFunctionNode(p.node)) as NodePath<FunctionNode> | null;
}

/**
 * Work that lives as long as the process by intent (policy): module code, `main()`, module init,
 * and what a root-provided Angular service starts once (its constructor, a private method only the
 * constructor calls: tabby's config sync loop).
 */
function isProcessLifetime(fn: NodePath<FunctionNode> | null, at: NodePath): boolean {
  if (!fn) return true;
  return isRunOnceEntryFunction(fn) || isModuleInitCode(at) || isRootServiceStartup(at);
}

/**
 * The function a call starts background work from: the call's result is dropped (`void f()`,
 * `f();`), and the enclosing named function has no owner, no signal, is not process lifetime and
 * returns nothing that could stop the work. `null` otherwise.
 */
export function findBackgroundStarter(call: NodePath): NodePath<FunctionNode> | null {
  let statement: NodePath | null = call.parentPath;
  if (statement?.node.type === 'UnaryExpression' && statement.node.operator === 'void') statement = statement.parentPath;
  if (statement?.node.type !== 'ExpressionStatement') return null;
  const fn = getEnclosingFunction(call);
  if (!fn || fn.node.generator) return null;
  const named = (fn.node.type === 'FunctionDeclaration' && fn.node.id) || (fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier');
  if (!named) return null;
  if (resolveOwnerScope(call).kind !== 'none' || findSignalInScope(call)) return null;
  if (isProcessLifetime(fn, call) || returnsValue(fn)) return null;
  return fn;
}

/** A cheap look at a statement: the candidates start here (the engine's walk calls it). */
export function isCandidateNode(node: Node): boolean {
  if (node.type === 'WhileStatement' || node.type === 'DoWhileStatement') return isAlwaysTrue(node.test);
  if (node.type === 'ForStatement') return node.test === null;
  if (node.type === 'ForOfStatement') return node.await === true;
  return false;
}

/**
 * A Temporal workflow module (it imports `@temporalio/workflow`): its loops and sleeps are
 * durable workflow code that Temporal cancels through its own cancellation scopes, and Node's
 * timers or an AbortSignal there would break the workflow's determinism (postiz's
 * `while (true) { …; await sleep(3600000) }` workflows).
 */
function isTemporalWorkflowModule(path: NodePath): boolean {
  const program = getProgram(path);
  return program !== null && program.body.some((statement) => statement.type === 'ImportDeclaration' && statement.source.value === '@temporalio/workflow');
}

export function matchLoop(loop: NodePath): LoopCandidate | ForAwaitCandidate | null {
  if (!isCandidateNode(loop.node)) return null;
  if (isTemporalWorkflowModule(loop)) return null;
  const fn = getEnclosingFunction(loop);
  if (!fn || !fn.node.async || fn.node.generator) return null;
  if (isProcessLifetime(fn, loop)) return null;
  const signal = stopSignal(findSignalInScope(loop), loop, fn);
  if (loop.node.type === 'ForOfStatement') return matchForAwait(loop, fn, signal);
  const body = (loop.node as { body: Node }).body;
  const bodyPath = loop.child(body, 'body');
  if (!awaitsBetweenRounds(bodyPath)) return null;
  // A loop that does not sleep ends when its work says so (a paging or retry loop). One that
  // sleeps between rounds polls: an exit that waits for outside state may never come, so only
  // an exit tied to a flag someone else can set counts (`if (!this.running) break`).
  // A retry loop that gives up after so many rounds (`for (let attempt = 1; ; attempt++)` …
  // `if (attempt >= MAX_ATTEMPTS) throw error`) or at a deadline (`if (Date.now() - start >
  // TIMEOUT_MS) process.exit(1)`) ends by itself: its counter or deadline exit counts too.
  if (hasSleep(bodyPath) ? hasExit(loop, bodyPath, (exit) => isFlagExit(exit, fn) || isCounterExit(exit, loop) || isDeadlineExit(exit, loop) || isCursorEndExit(exit, loop)) : hasExit(loop, bodyPath)) return null;
  // Skip: the loop already reads the signal it can reach (`fetch(url, { signal })` throws on abort).
  if (signal && referencesBinding(bodyPath, signal.binding)) return null;
  if (mentionsAbort(bodyPath)) return null;
  return { shape: 'loop', loop, fn, signal };
}

function matchForAwait(loop: NodePath, fn: NodePath<FunctionNode>, signal: SignalInScope | null): ForAwaitCandidate | null {
  const right = (loop.node as { right: Node }).right;
  const value = unwrapExpression(right);
  if (value.type !== 'CallExpression' || value.callee.type !== 'Identifier') return null;
  const source = loop.child(value, 'right') as NodePath<CallExpression>;
  const reference = resolveModuleReference(source, value.callee.name);
  if (!reference) return null;
  const module = reference.source.replace(/^node:/, '');
  const endless = (module === 'events' && reference.imported === 'on') || (module === 'timers/promises' && reference.imported === 'setInterval');
  if (!endless) return null;
  const optionsIndex = 2;
  const options = value.arguments[optionsIndex];
  // Skip: `on(emitter, 'data', { signal })` ends on abort.
  if (options && (options.type !== 'ObjectExpression' || options.properties.some((p) => p.type !== 'ObjectProperty' || (p.key.type === 'Identifier' && p.key.name === 'signal')))) return null;
  if (value.arguments.length < optionsIndex || value.arguments.some((a) => a.type === 'SpreadElement')) return null;
  const bodyPath = loop.child((loop.node as { body: Node }).body, 'body');
  if (hasExit(loop, bodyPath) || mentionsAbort(bodyPath)) return null;
  if (signal && referencesBinding(bodyPath, signal.binding)) return null;
  return { shape: 'for-await', loop, fn, source, optionsIndex, signal };
}

/** The loop body awaits (not inside a nested function): it yields between rounds. */
function awaitsBetweenRounds(body: NodePath): boolean {
  let found = false;
  forEachDescendant(body, (path) => {
    if (found || isFunctionNode(path.node)) return false;
    if (path.node.type === 'AwaitExpression' || (path.node.type === 'ForOfStatement' && path.node.await)) found = true;
    return undefined;
  });
  return found;
}

/** A `break` of this loop, a `return`, or a `throw` no `try` in the loop catches (that `accept` accepts). */
function hasExit(loop: NodePath, body: NodePath, accept: (exit: NodePath) => boolean = () => true): boolean {
  let found = false;
  const label = loop.parent?.type === 'LabeledStatement' ? loop.parent.label.name : null;
  const visit = (path: NodePath, innerLoops: number, inSwitch: number, inTry: number): void => {
    if (found) return;
    const node = path.node;
    if (isFunctionNode(node)) return;
    if (node.type === 'ReturnStatement') found = accept(path);
    else if (node.type === 'ThrowStatement' && inTry === 0) found = accept(path);
    // Case: `process.exit(1)`: ends the loop with the process
    else if (node.type === 'ExpressionStatement' && isProcessEndCall(node.expression, path)) found = accept(path);
    else if (node.type === 'BreakStatement') {
      if (node.label ? node.label.name === label : innerLoops === 0 && inSwitch === 0) found = accept(path);
    }
    if (found) return;
    const nextLoops = innerLoops + (isLoopType(node.type) ? 1 : 0);
    const nextSwitch = inSwitch + (node.type === 'SwitchStatement' ? 1 : 0);
    forEachChild(path, (child, key) => visit(child, nextLoops, nextSwitch, inTry + (node.type === 'TryStatement' && key === 'block' && node.handler ? 1 : 0)));
  };
  visit(body, 0, 0, 0);
  return found;
}

/**
 * The exit sits under an `if` whose test reads a flag another function can set: `this.x`, or a
 * mutable variable declared outside the loop's function.
 */
function isFlagExit(exit: NodePath, fn: NodePath): boolean {
  for (const ancestor of exit.ancestors()) {
    if (ancestor.node === fn.node) return false;
    if (ancestor.node.type !== 'IfStatement') continue;
    let flag = false;
    const test = ancestor.child(ancestor.node.test, 'test');
    if (test.node.type === 'MemberExpression' && test.node.object.type === 'ThisExpression') flag = true;
    forEachDescendant(ancestor.child(ancestor.node, 'test').parentPath!, (path) => {
      if (flag || path.key === 'consequent' || path.key === 'alternate') return false;
      const node = path.node;
      // Case: `this.running`, `Database.closed`: state that outlives the call, set elsewhere
      if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && (node.object.type === 'ThisExpression' || isOuterName(path.child(node.object, 'object'), fn))) flag = true;
      if (node.type === 'Identifier' && !isPropertyKey(path)) {
        const binding = findBinding(path, node.name);
        if (binding && (binding.kind === 'let' || binding.kind === 'var') && !isInsideNode(binding.identifier, fn.node)) flag = true;
      }
      return undefined;
    });
    if (flag) return true;
  }
  return false;
}

/** `Date.now()`, `performance.now()`: the clock, which a deadline exit compares with its start. */
function isClockRead(node: Node): boolean {
  return (
    node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' &&
    ((node.callee.object.name === 'Date' && getPropertyName(node.callee) === 'now') || (node.callee.object.name === 'performance' && getPropertyName(node.callee) === 'now'))
  );
}

/**
 * The exit sits under an `if` (inside the loop) whose test reads what `reads` accepts, directly
 * or through a `const` the loop body computes from it (`const outOfAttempts = attempt >= MAX`,
 * `const elapsed = Date.now() - start`).
 */
function isExitUnderTest(exit: NodePath, loop: NodePath, reads: (node: Node) => boolean, direct = false): boolean {
  const body = loop.child((loop.node as { body: Node }).body, 'body');
  const readsInTest = (test: Node, depth: number): boolean => {
    const readsPart = (inner: Node): boolean => {
      if (reads(inner)) return true;
      if (inner.type !== 'Identifier' || depth > 0) return false;
      let derived = false;
      forEachDescendant(body, (path) => {
        const declarator = path.node;
        if (derived || declarator.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier' || declarator.id.name !== inner.name || !declarator.init) return undefined;
        derived = readsInTest(declarator.init, depth + 1);
        return false;
      });
      return derived;
    };
    if (!direct) return someInOwnCode(test, readsPart);
    // Case: `direct`: only the test itself or a part of it joined by `&&` / `||` / `!` (not `i % 60 === 0`, not `f(i > 3)`)
    const walk = (part: Node): boolean => {
      const node = unwrapExpression(part);
      if (readsPart(node)) return true;
      if (node.type === 'LogicalExpression') return walk(node.left) || walk(node.right);
      return node.type === 'UnaryExpression' && node.operator === '!' && walk(node.argument);
    };
    return walk(test);
  };
  for (const ancestor of exit.ancestors()) {
    if (ancestor.node === loop.node) return false;
    if (ancestor.node.type === 'IfStatement' && readsInTest(ancestor.node.test, 0)) return true;
  }
  return false;
}

/** A deadline exit: the test reads the clock (dokploy's wait-for-postgres: `Date.now() - start > TIMEOUT_MS`). */
function isDeadlineExit(exit: NodePath, loop: NodePath): boolean {
  return isExitUnderTest(exit, loop, isClockRead);
}

/**
 * A counter exit: the exit is governed directly by a comparison of the counter with a bound
 * (`attempt >= MAX`, `remaining > 0`: `<`, `<=`, `>`, `>=`, the counter itself an operand) — the
 * `if` test is that comparison, a part of it joined by `&&` / `||` / `!`, or a `const` of the
 * loop set to it. The counter is the `for` loop's own (`let attempt` of its init, changed by its
 * update) or a round counter of the function (see {@link isRoundCounter}). A test that only
 * reads the counter otherwise (`if (i % 60 === 0)`, a periodic check) is no counter exit.
 */
function isCounterExit(exit: NodePath, loop: NodePath): boolean {
  const comparesCounter = (inner: Node, isCounter: (name: string) => boolean): boolean =>
    inner.type === 'BinaryExpression' &&
    ['<', '<=', '>', '>='].includes(inner.operator) &&
    [inner.left as Node, inner.right].some((side) => {
      const operand = unwrapExpression(side);
      return operand.type === 'Identifier' && isCounter(operand.name);
    });
  if (isExitUnderTest(exit, loop, (inner) => comparesCounter(inner, (name) => isRoundCounter(exit, name, loop)), true)) return true;
  const node = loop.node;
  if (node.type !== 'ForStatement' || node.init?.type !== 'VariableDeclaration' || !node.update) return false;
  const update = node.update;
  const counters = node.init.declarations.flatMap((declarator) => (declarator.id.type === 'Identifier' ? [declarator.id.name] : []));
  const updated = new Set(counters.filter((name) => someInOwnCode(update, (inner) => inner.type === 'Identifier' && inner.name === name)));
  return updated.size > 0 && isExitUnderTest(exit, loop, (inner) => comparesCounter(inner, (name) => updated.has(name)), true);
}

/**
 * `let attempts = 0; while (true) { attempts += 1; try { return await call(); } catch (err) { if
 * (attempts < 2) await sleep(ms); else throw err; } }`, `let remaining = MAX; while (true) { …
 * remaining--; if (remaining > 0) { await sleep(ms); continue; } throw err; }`: a `let` / `var`
 * of the loop's function, declared before the loop, that the loop only counts (`++`, `--`,
 * `+=` / `-=` a number) and never sets otherwise, counted in every round that sleeps — the
 * count is a statement of a block that holds the sleep, not under a test of its own. A retry
 * loop so counted gives up by itself. A count made only on some rounds (`errors++` when a poll
 * fails) does not end a poll whose rounds succeed: it is no counter here.
 */
function isRoundCounter(at: NodePath, name: string, loop: NodePath): boolean {
  const binding = findBinding(at, name);
  if (!binding || (binding.kind !== 'let' && binding.kind !== 'var')) return false;
  if (isInsideNode(binding.identifier, loop.node)) return false;
  const fn = getEnclosingFunction(loop);
  if (!fn || !isInsideNode(binding.identifier, fn.node)) return false;
  const body = loop.child((loop.node as { body: Node }).body, 'body');
  const counts: NodePath[] = [];
  let otherWrite = false;
  forEachDescendant(body, (path) => {
    if (otherWrite) return false;
    const node = path.node;
    const target = node.type === 'UpdateExpression' ? node.argument : node.type === 'AssignmentExpression' ? node.left : null;
    if (!target || target.type !== 'Identifier' || target.name !== name || findBinding(path, name) !== binding) return undefined;
    const counted = node.type === 'UpdateExpression' || (node.type === 'AssignmentExpression' && (node.operator === '+=' || node.operator === '-=') && node.right.type === 'NumericLiteral');
    if (!counted) otherWrite = true;
    else counts.push(path);
    return undefined;
  });
  if (otherWrite || counts.length === 0) return false;
  // The statement of each count: an expression statement straight in a block.
  const countStatements = counts.flatMap((count) => {
    let statement: NodePath | null = count.parentPath;
    while (statement && statement.node.type !== 'ExpressionStatement') {
      if (statement.node.type !== 'SequenceExpression' && statement.node.type !== 'ParenthesizedExpression') return [];
      statement = statement.parentPath;
    }
    const block = statement?.parentPath;
    return statement && block && block.node.type === 'BlockStatement' ? [{ block: block.node }] : [];
  });
  const sleeps = findSleeps(body);
  return sleeps.length > 0 && sleeps.every((sleep) => countStatements.some(({ block }) => isInsideNode(sleep.node, block)));
}

/**
 * A paging loop that sleeps only to spare the server (overleaf's Redis `SCAN`: `let cursor = 0;
 * while (true) { const reply = await node.scan(cursor, …); cursor = reply[0]; …; if (cursor ===
 * '0') return keys; await setTimeout(10) }`): the exit tests a cursor — a `let` of the function,
 * declared before the loop, that the loop hands to an awaited call and sets again after it — for
 * its end, a literal (`cursor === '0'`, `token === null`, `!next`). The pages run out by
 * themselves. A poll that waits for a value compared with another one (`version === target`)
 * or that hands nothing back is no paging loop, and the exit is a `return` or `break`: a `throw`
 * under such a test guards against an error (`if (seq === undefined) throw …` on a change feed
 * that never ends), it is no end of the pages.
 */
function isCursorEndExit(exit: NodePath, loop: NodePath): boolean {
  // Case: only a `return` / `break` ends the pages; a `throw` under such a test is an error guard (`if (seq === undefined) throw …`)
  if (exit.node.type !== 'ReturnStatement' && exit.node.type !== 'BreakStatement') return false;
  // Also through a `const` the loop computes (`const noResults = cursor === '0'`).
  return isExitUnderTest(exit, loop, (inner) => findEndTest(inner).some((name) => isPagingCursor(exit, name, loop)));
}

/** The name a test part compares with a literal end (`x === '0'`, `x == null`, `!x`). */
function findEndTest(test: Node): string[] {
  const node = unwrapExpression(test);
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    const argument = unwrapExpression(node.argument);
    return argument.type === 'Identifier' ? [argument.name] : [];
  }
  if (node.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(node.operator)) {
    const isEnd = (side: Node): boolean => {
      const value = unwrapExpression(side);
      return value.type === 'StringLiteral' || value.type === 'NumericLiteral' || value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined');
    };
    const left = unwrapExpression(node.left as Node);
    const right = unwrapExpression(node.right);
    if (left.type === 'Identifier' && isEnd(right)) return [left.name];
    if (right.type === 'Identifier' && isEnd(left)) return [right.name];
  }
  return [];
}

/** `name` is a `let` / `var` of the loop's function declared before it, handed to an awaited call in the loop and set again after that call. */
function isPagingCursor(at: NodePath, name: string, loop: NodePath): boolean {
  const binding = findBinding(at, name);
  if (!binding || (binding.kind !== 'let' && binding.kind !== 'var')) return false;
  const fn = getEnclosingFunction(loop);
  if (!fn || isInsideNode(binding.identifier, loop.node) || !isInsideNode(binding.identifier, fn.node)) return false;
  const body = loop.child((loop.node as { body: Node }).body, 'body');
  let handedAt: number | null = null;
  let setAfter = false;
  forEachDescendant(body, (path) => {
    const node = path.node;
    if (isFunctionNode(node)) return false;
    if (node.type === 'AwaitExpression' && handedAt === null) {
      const call = unwrapExpression(node.argument);
      if (call.type === 'CallExpression' && call.arguments.some((argument) => argument.type === 'Identifier' && argument.name === name && findBinding(path, name) === binding)) handedAt = node.end!;
    }
    if (node.type === 'AssignmentExpression' && node.operator === '=' && node.left.type === 'Identifier' && node.left.name === name && findBinding(path, name) === binding && handedAt !== null && node.start! >= handedAt) setAfter = true;
    return undefined;
  });
  return setAfter;
}

/** An identifier bound outside `fn` (a module variable, a class, an import). */
function isOuterName(path: NodePath, fn: NodePath): boolean {
  if (path.node.type !== 'Identifier') return false;
  const binding = findBinding(path, path.node.name);
  return binding !== null && !isInsideNode(binding.identifier, fn.node);
}


function forEachChild(path: NodePath, visit: (child: NodePath, key: string) => void): void {
  forEachDescendant(path, (child) => {
    visit(child, child.key ?? '');
    return false;
  });
}

/** `x.aborted`, `x.throwIfAborted()`, `signal` anywhere: the loop is already tied to a signal. */
function mentionsAbort(body: NodePath): boolean {
  let found = false;
  forEachDescendant(body, (path) => {
    if (found) return false;
    const node = path.node;
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && ['aborted', 'throwIfAborted', 'signal'].includes(getPropertyName(node) ?? '')) found = true;
    // Case: a reference to a `signal` (not the key of `{ signal: AbortSignal.timeout(…) }`)
    if (node.type === 'Identifier' && node.name === 'signal' && !isPropertyKey(path)) found = true;
    return undefined;
  });
  return found;
}

function isPropertyKey(path: NodePath): boolean {
  const parent = path.parent;
  if (!parent) return false;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && path.key === 'property' && !parent.computed) return true;
  return parent.type === 'ObjectProperty' && path.key === 'key' && !parent.computed && !parent.shorthand;
}

/**
 * The signal in scope, unless it is a local controller's that cannot stop the loop: the loop's
 * function aborts it only after the loop (its `finally`, the code that follows), and nothing
 * else sees the controller (every other use reads `.signal`). There the controller is the
 * loop's own cleanup of work it started (`abortController.abort()` after a read loop ends the
 * request it fed), and a `while (!controller.signal.aborted)` check could never fire.
 */
function stopSignal(signal: SignalInScope | null, loop: NodePath, fn: NodePath<FunctionNode>): SignalInScope | null {
  if (signal?.source !== 'controller') return signal;
  const identifier = signal.binding;
  const loopEnd = loop.node.end!;
  let canStop = false;
  forEachDescendant(fn, (path) => {
    if (canStop) return false;
    const node = path.node;
    if (node.type !== 'Identifier' || node.name !== identifier.name || node === identifier || findBinding(path, node.name)?.identifier !== identifier) return undefined;
    const member = path.parent;
    if (!member || (member.type !== 'MemberExpression' && member.type !== 'OptionalMemberExpression') || member.object !== node || member.computed) {
      canStop = true;
      return undefined;
    }
    const property = getPropertyName(member);
    if (property === 'signal') return undefined;
    const call = path.parentPath?.parent;
    const isAbortCall = property === 'abort' && (call?.type === 'CallExpression' || call?.type === 'OptionalCallExpression') && call.callee === member;
    // An abort in a callback (a timer, a listener) or before the loop's end can end a round.
    if (!isAbortCall || (node.start ?? 0) < loopEnd || path.findParent((parent) => isFunctionNode(parent.node))?.node !== fn.node) canStop = true;
    return undefined;
  });
  return canStop ? signal : null;
}

function referencesBinding(root: NodePath, identifier: Identifier): boolean {
  const name = identifier.name;
  let found = false;
  forEachDescendant(root, (path) => {
    if (found) return false;
    if (path.node.type === 'Identifier' && path.node.name === name && findBinding(path, name)?.identifier === identifier) found = true;
    return undefined;
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Self-rescheduling pollers

/** `setTimeout(poll, ms)` (the global) inside `poll` itself. */
export function matchPoller(call: NodePath<CallExpression>): PollerCandidate | null {
  const callee = unwrapExpression(call.node.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'setTimeout' || !isGlobalReference(call, 'setTimeout')) return null;
  if (isTemporalWorkflowModule(call)) return null;
  const argument = call.node.arguments[0];
  if (!argument || argument.type !== 'Identifier') return null;
  const pollBinding = findBinding(call, argument.name);
  if (!pollBinding) return null;
  const poll = findFunctionOf(call, pollBinding);
  if (!poll) return null;
  // Skip: the handle is kept (someone may clear it).
  const placement = reschedulePlacement(call);
  if (!placement) return null;
  // Skip: the poller checks a flag or signal and returns (`if (stopped) return;`), or reschedules only under a test.
  if (hasRescheduleExit(poll, call) || mentionsAbort(poll)) return null;
  const outer = getEnclosingFunction(poll);
  // One owner rule per finding: pollers inside an owner scope (or with a signal) are timer-cleanup's.
  const owner = resolveOwnerScope(call);
  if (owner.kind !== 'none' && owner.kind !== 'module') return null;
  // Case: `export async function refresh() { …; setTimeout(refresh, 30_000); }`: its callers start it.
  if (!outer) {
    const exported = poll.parent?.type === 'ExportNamedDeclaration' || poll.parentPath?.parentPath?.parent?.type === 'ExportNamedDeclaration';
    // Skip: a module's own poller, started by module code (process lifetime).
    if (!exported || pollBinding.scope.type !== 'Program' || placement !== 'statement') return null;
    // Case: `setTimeout(refresh, 30_000, feedId, attempt + 1)`: the extra arguments move into the
    // fix's callback, so they must have the same value when the timer fires (stable-arguments.ts).
    // Skip: `setTimeout(refresh, ms, ...args)`, or an argument that may change in between.
    if (call.node.arguments.slice(2).some((extra) => extra.type === 'SpreadElement' || !isStableExpression(call, extra))) return null;
    return { shape: 'poller', poll, pollBinding, reschedule: call, fn: poll, selfStarting: true, signal: null };
  }
  if (isProcessLifetime(outer, poll)) return null;
  // Skip: the starter returns something that can stop the poller (a stop function, a disposable).
  if (returnsValue(outer)) return null;
  return { shape: 'poller', poll, pollBinding, reschedule: call, fn: outer, selfStarting: false, signal: findSignalInScope(poll) };
}

const SETTLE_METHODS = new Set(['then', 'finally', 'catch']);

/**
 * Where a `setTimeout(poll, …)` drops its handle: a statement of its own, or the whole body of
 * a settle callback (`work().finally(() => setTimeout(tick, ms))`, the shape polling helpers
 * use to wait for a round before the next); `null` when the handle is kept or used.
 */
export function reschedulePlacement(call: NodePath): 'statement' | 'settle-callback' | null {
  if (call.parent?.type === 'ExpressionStatement') return 'statement';
  const arrow = call.parentPath;
  if (arrow?.node.type !== 'ArrowFunctionExpression' || call.key !== 'body') return null;
  const settle = arrow.parent;
  if (settle?.type !== 'CallExpression' || arrow.key !== 'arguments') return null;
  const callee = unwrapExpression(settle.callee);
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || !SETTLE_METHODS.has(getPropertyName(callee) ?? '')) return null;
  return 'settle-callback';
}

/** The function `binding` names, when `call` is inside it (possibly in a callback of it). */
function findFunctionOf(call: NodePath, binding: Binding): NodePath<FunctionNode> | null {
  const declaration = binding.declaration;
  let target: Node | null = null;
  if (declaration.type === 'FunctionDeclaration' && binding.kind === 'function') target = declaration;
  else if (declaration.type === 'VariableDeclarator' && binding.kind === 'const' && declaration.init) {
    const init = unwrapExpression(declaration.init);
    if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') target = init;
  }
  if (!target) return null;
  for (const ancestor of call.ancestors()) if (ancestor.node === target) return ancestor as NodePath<FunctionNode>;
  return null;
}

/** The function returns a value somewhere (not in nested functions). */
export function returnsValue(fn: NodePath<FunctionNode>): boolean {
  if (fn.node.body.type !== 'BlockStatement') return true;
  let found = false;
  forEachDescendant(fn.child(fn.node.body, 'body'), (path) => {
    if (found || isFunctionNode(path.node)) return false;
    if (path.node.type === 'ReturnStatement' && path.node.argument) found = true;
    return undefined;
  });
  return found;
}
