/**
 * Whether the file shows that some code can run more than once — for a listener with no owner
 * on an object that outlives everything (a global, an imported module-level object), which piles
 * up only if the code that adds it runs again (docs/rules/listener-cleanup.md, "Confidence"), and
 * for the creations of a class with no lifecycle whose interval runs as long as each instance
 * (docs/rules/timer-cleanup.md, "Confidence").
 * Evidence the code itself shows, walking out from the code to its callers in the file:
 *
 * - a loop around it (each round), or an array-iteration callback (`items.forEach(…)`) — not
 *   one whose rounds the code reads (`for (const c of carousels) window.addEventListener('resize',
 *   () => fit(c))`, `['dragenter', 'drop'].forEach((name) => el.addEventListener(name, stop))`):
 *   each round adds a listener of its own, for its item, once per run of the code around the
 *   loop, which is asked instead (only around the listener itself: `for (const s of stores)
 *   s.load(onState)` runs `onState`'s one listener once per store); a `while` / `do…while`, a `for (;;)` and a `for await` keep
 *   their evidence (rounds that come over time);
 * - a callback the code hands on to be called back (an event, message or route handler, an
 *   observer's callback: `ipcMain.on('x', () => …)`, `new MutationObserver(() => …)`, `{
 *   onEnter() {…} }` handed to a call, `onClick={() => …}`, `socket.onmessage = () => …`) — not
 *   one that runs at most once for the call (run-once-callback.ts: a promise reaction, a
 *   one-shot timer, `DOMContentLoaded`), nor the code of an observer's callback past the
 *   `observer.disconnect()` it runs first (`isAfterObserverDisconnect`), an error-first completion callback handed to a call that
 *   does not add listeners (`State.load(onState)` with `function onState(err, state) { if (err)
 *   return …; … }`: completion-callback.ts), a promise executor or a function called where it is
 *   written, which run once per run of the code around them; nor a callback that returns early
 *   behind a flag it sets (`let first = true; storage.onready(() => { if (!first) return; first
 *   = false; … })`: once per run of the code around it), nor code in a block that closes its own
 *   gate first (`if (ready && !loaded) { loaded = true; … }`, the flag never set back);
 * - (not the only argument of a plain function named as a ready hook, `onReady(() => …)`: it
 *   says it calls back once, when the app is ready)
 * - a function component's body (a function that returns JSX: it runs at every render);
 * - a function of the file called from two or more places (not the two branches of one `if`,
 *   nor two calls gated by one outer flag that each closes before its call, never set back:
 *   `if (!loaded) { loaded = true; onLoaded() }` and `if (ready && !loaded) { loaded = true;
 *   onLoaded() }`, nor two or three calls that each run once — start-up code: a start-up
 *   function called once, a callback past the `disconnect()` of an observer made once —
 *   entry-function.ts `isRunOnceUse`),
 *   handed on to what calls it back (`app.on('activate', createWindow)`, not `app.on('ready',
 *   createWindow)`: entry-function.ts `isRunOnceUse`; and not to what runs it at most once per
 *   call, `app.whenReady().then(onReady)` in an exported `main()`: the place that hands it is
 *   asked, as a call there would be), or called from one place that itself shows
 *   repetition, a few calls deep — not counting a call the page ends right after
 *   (`await waitForServer(); location.reload()`: page-end.ts).
 *
 * No evidence (a function only other files run, a class's method, one call from module top
 * level or from a start-up function called once) is not proof that it runs once: the caller
 * decides, and the file does not show it repeating.
 */
import type { Node, Statement } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { isLoopType, isValueWrapper } from '../../core/node-helpers';
import { findBinding, isFunctionNode } from '../syntax/scope';
import { findBindingReferences } from '../syntax/binding-references';
import { getDefinedName } from '../syntax/function-name';
import { areExclusiveBranches, isAfterObserverDisconnect, isPiniaSetupStoreFunction, isRunOnceCallback } from '../syntax/run-once-callback';
import { isRunOnceEntryFunction, isRunOnceUse } from '../syntax/entry-function';
import { resolveExecutorOfFunction } from '../syntax/promise-executor';
import { isIterationCallback } from './repeated-acquisition';
import { forEachDescendant } from '../syntax/descendants';
import { isValueReference } from '../resources/handle-usage';
import { isErrorFirstCompletionCallback, isRepeatingCall } from './completion-callback';
import { isFollowedByPageEnd } from './page-end';
import { resetsFlag } from './once-guard';

/** How many calls deep the callers of a function are followed. */
const MAX_DEPTH = 4;
/** How many calls that each run once (start-up code) still say nothing of a pile-up. */
const MAX_ONCE_CALLS = 3;

/** Parts of a loop that run once: a `for`'s `init`, the iterated value of `for…of` / `for…in`. */
function runsEachRound(loop: Node, key: string | number | null): boolean {
  if (loop.type === 'ForStatement') return key !== 'init';
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') return key !== 'right';
  return true;
}

/** Whether the file shows that `at` (an add call) can run more than once (see the module comment). */
export function showsRepeatedRun(at: NodePath, depth = 0): boolean {
  let previous: NodePath = at;
  for (let current = at.parentPath; current; previous = current, current = current.parentPath) {
    const node = current.node;
    if (node.type === 'Program' || node.type === 'ClassBody') return false;
    if (isLoopType(node.type) && runsEachRound(node, previous.key as string | null) && !(depth === 0 && isCollectionLoop(node) && readsRoundBinding(at, node))) return true;
    if (!isFunctionNode(node)) continue;
    const verdict = judgeFunction(current, at, depth);
    if (verdict !== 'continue') return verdict;
  }
  return false;
}

/** What the function `fn` around the code says: repeated, not shown, or ask the code around it. */
function judgeFunction(fn: NodePath, at: NodePath, depth: number): boolean | 'continue' {
  let value = fn;
  while (value.parentPath && isValueWrapper(value.parentPath.node)) value = value.parentPath;
  const parent = value.parent;
  // Case: `(() => { … })()`, `new Promise((resolve) => { … })`, `.then(() => …)`: once per run of the code around it
  if ((parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression') && value.key === 'callee') return 'continue';
  // Case: `return new Promise((resolve) => { window.addEventListener('blur', () => resolve()) })`: a wait helper's own listener, added at every wait
  // — not a wait made once per process (`const ready = new Promise((resolve) => ipcMain.on('ready', resolve))` at
  // module top level, or in `function setup()` that module top level calls once): one listener, as at top level
  const executor = resolveExecutorOfFunction(fn);
  if (executor) return usesBindingsOf(at, fn.node) && !isMadeOncePerProcess(executor.promise) ? true : 'continue';
  // Case: `defineStore('tags', () => { window.addEventListener(…) })`: once per app, or again after a `$dispose()` elsewhere: no evidence here
  if (isRunOnceCallback(fn) || isPiniaSetupStoreFunction(fn)) return 'continue';
  // Case: `['dragenter', 'drop'].forEach((name) => el.addEventListener(name, stop))`: a listener of its own each round
  if (isIterationCallback(value)) return depth === 0 && readsRoundBinding(at, fn.node) ? 'continue' : true;
  if (isOnceFlagCallback(fn, at) || isInOnceFlagBlock(fn, at)) return 'continue';
  // Case: `fs.readFile(path, (err, data) => { if (err) return; … })`: an error-first completion callback, run once with the result
  if ((parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression') && value.key === 'arguments' && isErrorFirstCompletionCallback(fn.node) && !isRepeatingCall(parent)) return 'continue';
  // Case: `onReady(() => { BackendRemote.on(…) })`: the only argument of a plain function named as a
  // ready hook (`onReady`, `whenReady`, `onAppReady`, `whenInitialized`; READY_HOOK_NAME): it says it calls
  // back once the app is ready — no evidence of repetition (how often it really calls is in its own module)
  if (parent?.type === 'CallExpression' && value.key === 'arguments' && parent.arguments.length === 1 && isReadyHookCall(parent)) return 'continue';
  // Case: `const observer = new MutationObserver(() => { if (player()) { observer.disconnect(); onPlayer(); } })`:
  // past the disconnect, once per run of the code that made the observer
  if (isAfterObserverDisconnect(fn, at)) return 'continue';
  // Case: `ipcMain.on('x', () => …)`, `new MutationObserver(() => …)`: called back, as often as what calls it decides
  if ((parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression' || parent?.type === 'NewExpression') && value.key === 'arguments') return true;
  // Case: `onClick={() => …}`: a handler of a rendered element
  if (parent?.type === 'JSXExpressionContainer') return true;
  if (returnsJsx(fn)) return true;
  const defined = getDefinedName(fn);
  // Case: `register({ name: 'k8s', onEnter() { … } })`: an object of callbacks handed to a call
  if (defined?.kind === 'member') {
    let object = defined.object;
    while (object.parentPath && isValueWrapper(object.parentPath.node)) object = object.parentPath;
    // Case: `createStore((set) => ({ open: () => { … } }))`: the object a callback handed to a call makes
    const maker = object.key === 'body' && object.parent?.type === 'ArrowFunctionExpression' ? object.parentPath! : null;
    const handed = maker ?? object;
    const holder = handed.parent;
    if ((holder?.type === 'CallExpression' || holder?.type === 'NewExpression') && handed.key === 'arguments') return true;
    // Case: `const Api = { open() { … }, reopen() { this.open(); } }`: its calls in the file
    // (`this.name()` anywhere in the object literal it is nested in: a Vue component's `mounted()` calling one of its `methods`)
    let outer = object;
    while (outer.parent?.type === 'ObjectProperty' && outer.parentPath?.parent?.type === 'ObjectExpression') outer = outer.parentPath.parentPath!;
    const declarator = object.parent?.type === 'VariableDeclarator' && object.key === 'init' && object.parent.id.type === 'Identifier' ? object.parent.id.name : null;
    const isHolder = (callee: Node): boolean => (callee.type === 'ThisExpression' ? isWithin(callee, outer.node) : callee.type === 'Identifier' && callee.name === declarator);
    return depth < MAX_DEPTH && judgeCalls(findMemberCalls(fn, defined.name, isHolder, true), depth);
  }
  if (defined?.kind === 'assigned') {
    // Case: `socket.onmessage = () => …`: an event handler property
    if (/^on[a-z]/.test(defined.name) && defined.name !== 'onload') return true;
    // Case: `Chats.resize = function () { … }` with `Chats.resize()` in the file: its calls
    const left = (fn.parent as { left: Node }).left;
    const holder = left.type === 'MemberExpression' ? left.object : null;
    const holderText = holder ? memberText(holder) : null;
    if (holderText === null || depth >= MAX_DEPTH) return false;
    // (on a prototype, `this.name()` and `new Ctor().name()` too: `Daemon.prototype.start = function () { this.startLogic() }`)
    const constructor = holderText.endsWith('.prototype') ? holderText.slice(0, -'.prototype'.length) : null;
    const isHolder = (callee: Node): boolean =>
      memberText(callee) === holderText || (constructor !== null && (isThisValue(fn, callee) || (callee.type === 'NewExpression' && memberText(callee.callee) === constructor)));
    return judgeCalls(findMemberCalls(fn, defined.name, isHolder), depth);
  }
  if (defined?.kind !== 'binding' || depth >= MAX_DEPTH) return false;
  const binding = findBinding(defined.at, defined.name);
  if (!binding) return false;
  const calls: NodePath[] = [];
  // Case: `export function bind() { … }`, `export { bind }`, `module.exports = { bind }`: other modules may call it too
  let escapes = isExportedDeclaration(fn);
  for (const reference of findBindingReferences(defined.at, binding)) {
    const parentNode = reference.parent;
    const isCall = (parentNode?.type === 'CallExpression' || parentNode?.type === 'OptionalCallExpression') && reference.key === 'callee';
    if (isCall) {
      calls.push(reference.parentPath!);
      continue;
    }
    escapes = true;
    // Case: `app.on('activate', createWindow)`: handed to what calls it back (not `app.on('ready', createWindow)`)
    if ((parentNode?.type === 'CallExpression' || parentNode?.type === 'NewExpression') && reference.key === 'arguments' && !isRunOnceUse(reference)) {
      // Case: `app.whenReady().then(onReady)` in `export function main()` (exported, so not shown to run once): handed to
      // what runs it at most once per call (run-once-callback.ts), it runs as often as the code that hands it: asked there
      // Case: `State.load(onState)` with `function onState(err, state) { if (err) return …; … }`: run once with the result, as often as that call runs
      if (isRunOnceCallback(reference) || (isErrorFirstCompletionCallback(fn.node) && !isRepeatingCall(parentNode))) {
        // Case: `setTimeout(poll, 1000)`, `open().catch(connect)` inside `poll` / `connect` itself: it hands itself on
        // to run again, a reschedule or a retry, which repeats whatever runs it first
        if (isWithin(reference.node, fn.node)) return true;
        calls.push(reference.parentPath!);
        continue;
      }
      return true;
    }
  }
  return judgeCalls(calls, depth, !escapes);
}

/** `export function f() {}`, `export const f = () => {}`, `export default function f() {}`. */
function isExportedDeclaration(fn: NodePath): boolean {
  let statement: NodePath | null = fn;
  if (fn.node.type !== 'FunctionDeclaration') statement = fn.parentPath?.node.type === 'VariableDeclarator' ? (fn.parentPath.parentPath ?? null) : null;
  const parent = statement?.parent?.type;
  return parent === 'ExportNamedDeclaration' || parent === 'ExportDefaultDeclaration';
}

/**
 * The add call `at` is in a loop over a collection, or an array-iteration callback, whose rounds
 * it reads (within its function: the loop the walk above passed over as no repetition).
 */
export function addsOwnListenerEachRound(at: NodePath): boolean {
  let previous: NodePath = at;
  for (let current = at.parentPath; current; previous = current, current = current.parentPath) {
    const node = current.node;
    if (isLoopType(node.type) && runsEachRound(node, previous.key as string | null)) return isCollectionLoop(node) && readsRoundBinding(at, node);
    if (!isFunctionNode(node)) continue;
    let value = current;
    while (value.parentPath && isValueWrapper(value.parentPath.node)) value = value.parentPath;
    return isIterationCallback(value) && readsRoundBinding(at, node);
  }
  return false;
}

/**
 * A loop over a collection, whose rounds come one after another in one run of the code around it:
 * a `for` with a test, a `for…in`, a `for…of` (not `for await`). Not `while` / `do…while`.
 */
function isCollectionLoop(loop: Node): boolean {
  if (loop.type === 'ForStatement') return loop.test != null;
  if (loop.type === 'ForOfStatement') return !loop.await;
  return loop.type === 'ForInStatement';
}

/**
 * The add call `at` reads a variable of one round of `round` (a loop, or an iteration callback):
 * one declared in the loop's head or body, or a parameter or local of the callback, and not
 * inside `at` itself (a handler's own `event`) nor a function made each round (`const onResize =
 * () => update()`: the same work each round). Each round then adds a listener of its own.
 */
function readsRoundBinding(at: NodePath, round: Node): boolean {
  let reads = false;
  forEachDescendant(at, (path) => {
    if (reads) return false;
    const node = path.node;
    if (node.type !== 'Identifier' || !isValueReference(path)) return undefined;
    const binding = findBinding(path, node.name);
    if (binding && binding.kind !== 'var' && binding.kind !== 'function' && !holdsFunction(binding.declaration) && isWithin(binding.scope, round) && !isWithin(binding.scope, at.node)) reads = true;
    return undefined;
  });
  return reads;
}

/** `const onResize = () => …`: a function made each round, the same work each time (not a round's own value). */
function holdsFunction(declaration: Node): boolean {
  if (declaration.type !== 'VariableDeclarator' || !declaration.init) return false;
  const init = declaration.init;
  return init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression';
}

/**
 * Calls of a function: from two places (not the two branches of one `if`), or from one that shows
 * repetition. A call the page ends right after (`await waitForServer(); location.reload()`:
 * page-end.ts) runs at most once per page, whatever runs the code around it: it is no evidence.
 */
function judgeCalls(all: NodePath[], depth: number, ownFunction = false): boolean {
  const calls = all.filter((call) => !isFollowedByPageEnd(call));
  // Case: `if (!loaded) { loaded = true; onLoaded() }` at start-up and `if (ready && !loaded) { loaded = true; onLoaded() }`
  // in an observer's callback: one gate, which each closes first; the two run it once
  if (calls.length === 2 && areGatedBySameFlag(calls[0]!, calls[1]!)) return calls.some((call) => showsRepeatedRun(call, depth + 1));
  // Case: `await onPlayer()` in a start-up function called once and `onPlayer()` past the disconnect of the start-up
  // observer that waits for the player: each call runs at most once, so the function runs at most that many times
  // (only a function of the file's own, not one it exports: other modules' calls are not shown)
  if (ownFunction && calls.length >= 2 && calls.length <= MAX_ONCE_CALLS && calls.every((call) => isRunOnceUse(call.child((call.node as { callee: Node }).callee, 'callee')))) return false;
  if (calls.length >= 2) return calls.length > 2 || !areExclusiveBranches(calls[0]!, calls[1]!);
  return calls.length === 1 && showsRepeatedRun(calls[0]!, depth + 1);
}

/** `exports.listen`, `Chats`, `this`: the text of a plain member chain, else `null`. */
function memberText(node: Node): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'ThisExpression') return 'this';
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    const object = memberText(node.object);
    return object === null ? null : `${object}.${node.property.name}`;
  }
  return null;
}

/**
 * The calls `x.name(…)` (and `x.name.call(…)`) in the file whose object `x` passes `isHolder`;
 * with `byName`, also a call handed the name (`store.dispatch('LISTEN_FOR_SAVE')`: an action run by its name).
 */
function findMemberCalls(fn: NodePath, name: string, isHolder: (object: Node) => boolean, byName = false): NodePath[] {
  let program: NodePath = fn;
  while (program.parentPath) program = program.parentPath;
  const calls: NodePath[] = [];
  forEachDescendant(program, (path) => {
    const node = path.node;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return undefined;
    if (byName && node.arguments.some((argument) => argument.type === 'StringLiteral' && argument.value === name)) {
      calls.push(path);
      return undefined;
    }
    let callee = node.callee;
    // Case: `hooks.created.call(view)`
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && (callee.property.name === 'call' || callee.property.name === 'apply') && callee.object.type === 'MemberExpression') callee = callee.object;
    if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === name && isHolder(callee.object)) calls.push(path);
    return undefined;
  });
  return calls;
}

/** `return <div … />`, `() => <div />`: a function component, whose body runs at every render. */
function returnsJsx(fn: NodePath): boolean {
  const body = (fn.node as { body: Node }).body;
  const isJsx = (node: Node | null | undefined): boolean => node?.type === 'JSXElement' || node?.type === 'JSXFragment';
  if (body.type !== 'BlockStatement') return isJsx(body);
  let found = false;
  forEachDescendant(fn, (path) => {
    if (found) return false;
    if (path !== fn && isFunctionNode(path.node)) return false;
    if (path.node.type === 'ReturnStatement' && isJsx(path.node.argument && unwrapParens(path.node.argument))) found = true;
    return undefined;
  });
  return found;
}

function unwrapParens(node: Node): Node {
  return node.type === 'ParenthesizedExpression' ? unwrapParens(node.expression) : node;
}

/**
 * `let first = true; onready(() => { if (!first) return; first = false; … })`: a callback that
 * returns early, before the code, behind a flag declared outside it that it sets itself, so
 * the code past the gate runs once per that flag.
 */
function isOnceFlagCallback(fn: NodePath, at: NodePath): boolean {
  const body = (fn.node as { body: Node }).body;
  if (body.type !== 'BlockStatement') return false;
  let statement: NodePath | null = at;
  while (statement && statement.parent !== body) statement = statement.parentPath;
  if (!statement) return false;
  const statements = body.body as Statement[];
  const index = statements.indexOf(statement.node as Statement);
  for (const before of statements.slice(0, Math.max(index, 0))) {
    if (before.type !== 'IfStatement' || before.alternate || !endsInReturn(before.consequent)) continue;
    const test = before.test;
    const negated = test.type === 'UnaryExpression' && test.operator === '!';
    const flag = negated ? test.argument : test;
    if (flag.type !== 'Identifier') continue;
    const binding = findBinding(fn, flag.name);
    if (!binding || binding.kind !== 'let' || binding.scope === fn.node || isWithin(binding.scope, fn.node)) continue;
    // the gate closes: `first = false` after `if (!first) return`, `done = true` after `if (done) return`
    if (setsTo(statements.slice(0, index + 1), flag.name, !negated)) return true;
  }
  return false;
}

/**
 * The `let` flags, declared outside `fn`, that an `if` around `at` (inside `fn`) tests negated
 * as its test or one `&&` operand of it (`if (!loaded)`, `if (ready && !loaded)`), with `at` in
 * its consequent; each with whether that block sets the flag to `true` in a statement of its own
 * before the one holding `at` (`{ loaded = true; onLoaded(); }`: the block runs once per flag).
 */
function findNegatedFlagGates(fn: Node, at: NodePath): Map<Node, boolean> {
  const gates = new Map<Node, boolean>();
  let previous: NodePath = at;
  for (let current = at.parentPath; current && current.node !== fn; previous = current, current = current.parentPath) {
    if (current.node.type !== 'IfStatement' || previous.key !== 'consequent') continue;
    const consequent = current.node.consequent;
    const statements = consequent.type === 'BlockStatement' ? consequent.body : [];
    let holder: NodePath | null = at;
    while (holder && holder.parent !== consequent) holder = holder.parentPath;
    const index = holder ? statements.indexOf(holder.node as Statement) : -1;
    for (const operand of andOperands(current.node.test)) {
      if (operand.type !== 'UnaryExpression' || operand.operator !== '!' || operand.argument.type !== 'Identifier') continue;
      const binding = findBinding(current, operand.argument.name);
      if (!binding || binding.kind !== 'let' || isWithin(binding.scope, fn) || binding.scope === fn) continue;
      // Closed only when set to `true` before the code and never set back anywhere in the module (`started = false` in a
      // `logout()` reopens the gate: once-guard.ts resetsFlag).
      const closes = index > 0 && setsTo(statements.slice(0, index), operand.argument.name, true) && !resetsFlag(current, operand.argument);
      gates.set(binding.identifier, (gates.get(binding.identifier) ?? false) || closes);
    }
  }
  return gates;
}

function andOperands(test: Node): Node[] {
  const node = unwrapParens(test);
  return node.type === 'LogicalExpression' && node.operator === '&&' ? [...andOperands(node.left), ...andOperands(node.right)] : [node];
}

function enclosingFunction(path: NodePath): Node | null {
  for (let current = path.parentPath; current; current = current.parentPath) if (isFunctionNode(current.node)) return current.node;
  return null;
}

/**
 * `if (ready && !loaded) { loaded = true; … }` around `at` in the callback `fn`: the block closes
 * its own gate before the code, so the code runs once per that flag (as `isOnceFlagCallback`).
 */
function isInOnceFlagBlock(fn: NodePath, at: NodePath): boolean {
  for (const closes of findNegatedFlagGates(fn.node, at).values()) if (closes) return true;
  return false;
}

/**
 * Two calls of one function, each under a negated test of the same outer `let` flag, each in a
 * block that sets the flag before the call (and the flag never set back): whichever runs first
 * closes the gate for the other, as two branches of one `if` would. Not when only one closes it:
 * the other can run first, while the gate is open, and the closing one after it.
 */
function areGatedBySameFlag(a: NodePath, b: NodePath): boolean {
  const fnA = enclosingFunction(a);
  const fnB = enclosingFunction(b);
  if (!fnA || !fnB) return false;
  const gatesA = findNegatedFlagGates(fnA, a);
  const gatesB = findNegatedFlagGates(fnB, b);
  // Both must close the gate before their call: a call that only tests the flag can run first, while it is still open,
  // and the closing one after it — two runs.
  for (const [flag, closesA] of gatesA) if (closesA && gatesB.get(flag) === true) return true;
  return false;
}

function setsTo(statements: Statement[], name: string, value: boolean): boolean {
  return statements.some((s) => s.type === 'ExpressionStatement' && s.expression.type === 'AssignmentExpression' && s.expression.operator === '=' && s.expression.left.type === 'Identifier' && s.expression.left.name === name && s.expression.right.type === 'BooleanLiteral' && s.expression.right.value === value);
}

function endsInReturn(node: Statement): boolean {
  if (node.type === 'ReturnStatement') return true;
  return node.type === 'BlockStatement' && node.body.at(-1)?.type === 'ReturnStatement';
}

function isWithin(node: Node, outer: Node): boolean {
  return node.start! >= outer.start! && node.end! <= outer.end!;
}

/**
 * `promise` (a `new Promise(…)`) is made once per process: at module top level, or in a function
 * that module top level calls once (entry-function.ts, any name), with no loop or class between.
 */
function isMadeOncePerProcess(promise: NodePath): boolean {
  for (let current = promise.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (node.type === 'Program') return true;
    if (isLoopType(node.type) || node.type === 'ClassBody') return false;
    if (isFunctionNode(node)) return isRunOnceEntryFunction(current, { anyName: true });
  }
  return false;
}

/** `at` reads a name `fn` declares (a parameter, a local): `resolve` of a promise executor. */
function usesBindingsOf(at: NodePath, fn: Node): boolean {
  let uses = false;
  forEachDescendant(at, (path) => {
    if (uses) return false;
    if (path.node.type === 'Identifier') {
      const binding = findBinding(path, path.node.name);
      if (binding && binding.scope === fn) uses = true;
    }
    return undefined;
  });
  return uses;
}

/** `this`, or a variable set to it (`var that = this`). */
function isThisValue(at: NodePath, node: Node): boolean {
  if (node.type === 'ThisExpression') return true;
  if (node.type !== 'Identifier') return false;
  let program: NodePath = at;
  while (program.parentPath) program = program.parentPath;
  let found = false;
  forEachDescendant(program, (path) => {
    if (found) return false;
    const declarator = path.node;
    if (declarator.type === 'VariableDeclarator' && declarator.id.type === 'Identifier' && declarator.id.name === node.name && declarator.init?.type === 'ThisExpression') found = true;
    return undefined;
  });
  return found;
}

/**
 * `onReady`, `whenReady`, `onAppReady`, `onDomReady`, `onDocumentReady`, `whenInitialized`: a
 * function named for calling back once the app or document is ready. A name heuristic: it only
 * lowers `high` to `medium`. Not `Loaded` or `Started` (`onPageLoaded` of a Turbo or pjax router
 * fires on every navigation, `onDragStarted` on every drag), nor another subject (`onIframeReady`).
 */
const READY_HOOK_NAME = /^(?:on|when)(?:App|Dom|DOM|Document)?(?:Ready|Initiali[sz]ed)$/;

/** `onReady(fn)`: a call of a plain name (not a method: `socket.onReady` may be an event) named as a ready hook. */
function isReadyHookCall(call: Node): boolean {
  return call.type === 'CallExpression' && call.callee.type === 'Identifier' && READY_HOOK_NAME.test(call.callee.name);
}
