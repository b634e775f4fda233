/**
 * Whether a function runs once for the life of the process: the program's entry point — a
 * function named like one (`main`, `bootstrap`, `start`, `run`, `init`, `setup`, alone or
 * followed by a capitalised word: `initApp`, `startServer`), declared at module top level, not
 * exported, and referenced exactly once, by a call at module top level outside any loop
 * (`main();`, `void bootstrap();`, `initApp().catch(exit)`, `if (require.main === module)
 * main()`) — or a function of any name referenced exactly once, by a call made directly in such
 * a function (`setupDesktopUI()` called from `initApp()`), a few calls deep. What it acquires
 * directly lives as long as the process (docs/catalog.md, "Process lifetime by intent"). Other
 * names called once at top level (`poll();`) stay findings for loop-cancellation: the name is
 * what says the author meant a loop to run for the whole process. With `anyName` (what the
 * function acquires, not a loop: jellyfin's `renderHeader();` at module top level calling
 * `bindMenuEvents()` once), any name called that way runs once: its listeners and timers are
 * module initialisation written in a function. A function of any name handed once, at
 * module top level, to what runs it once (`document.addEventListener('DOMContentLoaded',
 * chatInit)`, Electron's `app.on('ready', createWindow)`, `window.onload = init`; see
 * run-once-callback.ts) runs once too, as the same body written in place there does
 * (module-init-code.ts): lencx/ChatGPT's injected page scripts, Signal-Desktop's calling tools
 * page (`document.addEventListener('DOMContentLoaded', initialize)` starting its stats
 * interval). With `anyName`, also a function called from a function written right where it is
 * handed to such a place (`window.onload = () => init()`).
 *
 * With `listLoops` (listener-cleanup's process lifetime), a call in a `for…of` / `for…in` loop
 * over a list runs once per item (`for (const target of targets) watchFile(target);` at module top
 * level): each call acquires its own for the life of the process, as the same body written in
 * that top-level loop would (LEAKS.md: module top-level code is not a finding).
 *
 * With `at` (the code whose run is asked about), the function may also retry itself from a gate
 * before `at`: a statement of its body `if (…) { …; setTimeout(start, delay); return; }` that
 * hands the function once to what runs it once (a one-shot timer, a promise reaction) and ends
 * in a `return`. A run that retries ends there, and schedules at most one run, so however many
 * retries there are, at most one run gets past the gate to `at` (RocketChat's injected page
 * script waits this way for the page's `window.require`).
 */
import type { Node } from '@babel/types';
import { isValueWrapper, isLoopType } from '../../core/node-helpers';
import type { NodePath } from '../../core/traverse';
import { findBindingReferences } from './binding-references';
import { isFunctionNode, findBinding } from './scope';
import { areExclusiveBranches, isAfterObserverDisconnect, isOnloadAssignment, isRunOnceCallback } from './run-once-callback';
import { getDefinedName, getTopLevelBindingName } from './function-name';

const ENTRY_NAME = /^(?:main|bootstrap|start|run|init|setup)(?:[A-Z0-9_]\w*)?$/;
/** How many calls deep a run-once function may be from module top level. */
const MAX_DEPTH = 4;

/**
 * The call runs once: no loop lies between it and the Program, and no function either, unless
 * that function itself runs once.
 */
function isCalledOnce(reference: NodePath, depth: number, anyName: boolean, listLoops = false): boolean {
  const call = reference.parentPath;
  if (!call) return false;
  // Case: `document.addEventListener('DOMContentLoaded', chatInit)`, `app.on('ready', createWindow)`,
  // `window.onload = init`: handed to what runs it once (page-script callbacks written as functions).
  const handedOn = reference.key !== 'callee' && (isRunOnceCallback(reference) || isOnloadAssignment(reference));
  // Case: `new AppWindow()`: a construction runs where it is written, as a call does
  if (!handedOn && ((call.node.type !== 'CallExpression' && call.node.type !== 'NewExpression') || reference.key !== 'callee')) return false;
  for (let current: NodePath | null = call.parentPath; current; current = current.parentPath) {
    const node: Node = current.node;
    // A function handed to what runs it once is a run-once callback whatever its name, as the
    // same body written in place there is (module-init-code.ts): timers and loops too
    if (node.type === 'Program') return anyName || handedOn || ENTRY_NAME.test((reference.node as { name?: string }).name ?? '');
    // Case (`listLoops`): `for (const target of targets) watchFile(target);`: once per item of a list walked once
    if (listLoops && isListWalk(current, call)) continue;
    if (isLoopType(node.type) || node.type === 'ClassBody') return false;
    // Case: `function initApp() { setupDesktopUI(); }` where initApp runs once
    // Case: `(function () { … setUp(); })();`: an immediately invoked function runs where it is written
    // Case: `document.addEventListener('DOMContentLoaded', () => init())`, `window.onload = () => init()`:
    // a function written where it is handed to what runs it once
    // Case: `const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); init(); } })`: past the disconnect, once per observer
    if (isFunctionNode(node) && anyName && (isImmediatelyInvoked(current) || isRunOnceCallback(current) || isOnloadAssignment(current) || isAfterObserverDisconnect(current, call))) continue;
    if (isFunctionNode(node)) return depth < MAX_DEPTH && isRunOnceEntryFunction(current, { depth: depth + 1, anyName, listLoops, at: call });
  }
  return false;
}

/**
 * `reference` retries `fn` from a gate before `at` (see the module comment): it is handed to what
 * runs it once (`setTimeout(start, d)`, or `setTimeout(() => start(), d)`), with no loop or other
 * function between it and a statement of `fn`'s body that is an `if` whose consequent holds it
 * and ends in a `return`, and that comes before the statement holding `at`. `gates` counts the
 * retries per gate: two in one gate could both run.
 */
function isRetryGate(reference: NodePath, fn: NodePath, at: NodePath, gates: Map<Node, number>): boolean {
  let handed: NodePath | null = null;
  if (reference.key !== 'callee' && isRunOnceCallback(reference)) handed = reference;
  else if (reference.key === 'callee' && reference.parentPath?.node.type === 'CallExpression') {
    // Case: `setTimeout(() => start(), delay)`: the arrow's body is the call
    const arrow = reference.parentPath.parentPath;
    if (arrow?.node.type === 'ArrowFunctionExpression' && arrow.node.body === reference.parentPath.node && isRunOnceCallback(arrow)) handed = arrow;
  }
  const body = (fn.node as { body: Node }).body;
  if (!handed || body.type !== 'BlockStatement') return false;
  let child: NodePath = handed;
  for (let current = handed.parentPath; current; child = current, current = current.parentPath) {
    if (current.node === body) break;
    if (isLoopType(current.node.type) || isFunctionNode(current.node) || current.node.type === 'SwitchStatement') return false;
  }
  const gate = child.node;
  if (child.parent !== body || gate.type !== 'IfStatement' || !gate.consequent || !gate.consequent.start || handed.node.start! < gate.consequent.start || handed.node.end! > gate.consequent.end!) return false;
  const last = gate.consequent.type === 'BlockStatement' ? gate.consequent.body.at(-1) : gate.consequent;
  if (last?.type !== 'ReturnStatement') return false;
  const statements = body.body as Node[];
  const atStatement = statements.find((statement) => statement.start! <= at.node.start! && at.node.end! <= statement.end!);
  if (!atStatement || statements.indexOf(atStatement) <= statements.indexOf(gate)) return false;
  gates.set(gate, (gates.get(gate) ?? 0) + 1);
  return gates.get(gate) === 1;
}

/**
 * `for (const item of list) …` / `for (const key in object) …` (not `for await`) with `call` in
 * its body: the loop walks a collection once, so a call in it runs once per item, at the time
 * the code around the loop runs (used with `listLoops`).
 */
function isListWalk(loop: NodePath, call: NodePath): boolean {
  const node = loop.node;
  if (node.type === 'ForOfStatement') return !node.await && node.body.start! <= call.node.start! && call.node.end! <= node.body.end!;
  if (node.type === 'ForInStatement') return node.body.start! <= call.node.start! && call.node.end! <= node.body.end!;
  return false;
}

/** `(function () { … })()`, `(() => { … })()`: the function is the callee of a call right where it is written. */
function isImmediatelyInvoked(fn: NodePath): boolean {
  let current = fn;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  return current.key === 'callee' && (current.parent?.type === 'CallExpression' || current.parent?.type === 'OptionalCallExpression');
}


/**
 * Whether one use of a function in its file runs it once: a call or a `new` (`reference` is its callee) with
 * no loop between it and module top level and only run-once functions around it, or the function
 * handed once to what runs it once (`app.on('ready', setup)`). Any name (`anyName`): for the
 * project phase's question "does the one caller in another file run it once" (a module's top
 * level runs once per process, whatever the name of what it calls).
 */
export function isRunOnceUse(reference: NodePath): boolean {
  return isCalledOnce(reference, 0, true);
}

export function isRunOnceEntryFunction(fn: NodePath, { depth = 0, anyName = false, listLoops = false, at }: { depth?: number; anyName?: boolean; listLoops?: boolean; at?: NodePath } = {}): boolean {
  // With `anyName`, also a function declared in another's body (`function chatInit() { … async
  // function init() { … } init(); }`): the enclosing function must run once.
  const declared = getTopLevelBindingName(fn) ?? (anyName ? getBodyBindingName(fn) : null);
  if (!declared) return false;
  const binding = findBinding(declared.at, declared.name);
  if (!binding || (binding.scope.type !== 'Program' && !anyName)) return false;
  const all = findBindingReferences(declared.at, binding);
  // Case: `if (!window.require) { setTimeout(start, 500); return; }` before `at`: a retry, not another run past the gate
  const gates = new Map<Node, number>();
  const references = at && (binding.kind === 'const' || binding.kind === 'function') ? all.filter((reference) => !isRetryGate(reference, fn, at, gates)) : all;
  if (references.length === 1) return isCalledOnce(references[0]!, depth, anyName, listLoops);
  // Case: `if (document.readyState !== 'loading') coreInit(); else document.addEventListener('DOMContentLoaded', coreInit);`
  return anyName && references.length === 2 && areExclusiveBranches(references[0]!, references[1]!) && references.every((reference) => isCalledOnce(reference, depth, anyName, listLoops));
}

/** The name of a function declared (or `const`-bound) directly in another function's body. */
function getBodyBindingName(fn: NodePath): { name: string; at: NodePath } | null {
  const defined = getDefinedName(fn);
  if (defined?.kind !== 'binding') return null;
  const statement = fn.node.type === 'FunctionDeclaration' ? fn : defined.at.parentPath;
  if (statement?.node.type === 'VariableDeclaration' && statement.node.kind !== 'const') return null;
  const block = statement?.parentPath;
  return block?.node.type === 'BlockStatement' && block.parentPath !== null && isFunctionNode(block.parentPath.node) ? defined : null;
}

