/**
 * listener-cleanup's project phase: a report-only listener in a function whose callers are all in
 * other files (an exported setup function, a function only other files run: confidence.ts) is
 * decided by those callers. When the project shows exactly one use of the function outside test
 * files, and that use runs it once — a call at a module's top level, or in a function that runs
 * once itself (its file's entry, a `DOMContentLoaded` / `app.on('ready')` callback, or again a
 * function whose one caller elsewhere runs it once, a few files deep) — the listener is added once
 * for the life of the process: process lifetime by intent (LEAKS.md), not a finding unless
 * `reportProcessLifetime` asks for it. Otherwise the finding stays as the file alone decided it.
 *
 *   // setup.ts                                   // main.ts
 *   export function setupShortcuts() {            import { setupShortcuts } from './setup';
 *     window.addEventListener('keydown', onKey);  setupShortcuts();
 *   }
 *
 * A caller named like a component or hook (`export function InitApplication() { InitApp(); }`)
 * is followed too, but only through calls: its one use must be a call that runs once (a component
 * is rendered — `<Widget />`, `createElement(Widget)` — not called).
 *
 * Not once: two uses (two entry points may both run it; each adds a listener), a use in a loop,
 * in a component or hook body that is rendered, a JSX element (`<Widget />`: its body runs at every
 * render), in a class method, in a `.vue` / `.svelte` script (its top level
 * runs per component instance), or callers the engine cannot all see (`CallSites.complete`).
 */
import { findFunctionAt } from '../../src/analysis/syntax/function-at';
import type { Confidence } from '../../src/core/finding';
import type { FixProposal, ProjectContext, ProjectFile } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { isRunOnceUse } from '../../src/analysis/syntax/entry-function';
import { callsParameterAtMostOnce, runsEachListedOnce } from './list-runner';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findRunFromElsewhere } from '../../src/analysis/syntax/run-from-elsewhere';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { isRunOnceCallback } from '../../src/analysis/syntax/run-once-callback';
import { isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import type { ListenerCleanupOptions } from './match';
import { isLoopType } from '../../src/core/node-helpers';
import { findEffectCaller } from './effect-caller';
import { onceParameterKey, type CollectedOnceFlag, type CollectedOnceParameter } from './once-flag-argument';
import { askMadeOnce, findTopLevelClassAt, madeOnceNote, type CollectedMadeOnce } from './made-once-owner';

/** What the per-file phase keeps for the plan: the finding as the file alone would report it. */
export interface CollectedCallersDecide {
  start: number;
  end: number;
  /** The message without the confidence note, and the note (empty with a fix). */
  message: string;
  note: string;
  confidence: Confidence;
  fix: FixProposal | null;
  /** Start offset of the function whose callers decide. */
  fn: number;
  /** The fix makes that function return its cleanup (effect-caller.ts may hand it to the caller's effect). */
  returnsCleanup?: boolean;
  /** Added once however often it runs (confidence.ts `cannotPileUp`): callers that repeat it keep the file's answer. */
  cannotPileUp?: true;
}

export const RUN_ONCE_CALLER_NOTE = 'Low confidence: the one caller of the function that adds it, in another file, runs it once (process lifetime by intent).';

/** How many files deep a chain of functions each called once from another file is followed. */
const MAX_DEPTH = 3;
/** Script blocks of single-file components: their top level runs per component instance. */
const COMPONENT_FILE = /\.(?:vue|svelte)$/;

export function planCallersDecide(context: ProjectContext<ListenerCleanupOptions>): void {
  // Case: `subscribe(name, handler, once = false) {}` in any file of the run: what `x.subscribe(name, h, true)` means (once-flag-argument.ts).
  const onceParameters = new Set<string>();
  for (const { data } of context.collected) for (const item of data) if ('onceParameter' in (item as object)) onceParameters.add(onceParameterKey((item as CollectedOnceParameter).onceParameter));
  for (const { file, data } of context.collected) {
    for (const item of data) {
      if (!('onceFlag' in (item as object))) continue;
      const flagged = item as CollectedOnceFlag;
      const decided = onceParameters.has(onceParameterKey(flagged.onceFlag)) ? flagged.proven : { confidence: flagged.confidence, note: flagged.note };
      context.report({ file, range: { start: flagged.start, end: flagged.end }, message: decided.note ? `${flagged.message} ${decided.note}` : flagged.message, confidence: decided.confidence });
    }
    // Case: `ipcMain.on('will-quit', …)` in a class another file makes once (made-once-owner.ts)
    const madeOnce = data.filter((item) => 'ownerClass' in (item as object)) as CollectedMadeOnce[];
    if (madeOnce.length > 0) planMadeOnce(context, file, madeOnce);
    const callersDecide = data.filter((item) => 'fn' in (item as object)) as CollectedCallersDecide[];
    if (callersDecide.length === 0) continue;
    context.scoped(() => {
      const opened = context.open(file);
      const decided = new Map<number, CallersAnswer>();
      for (const item of callersDecide) {
        if (!decided.has(item.fn)) {
          const fn = opened ? findFunctionAt(opened.program, item.fn) : null;
          decided.set(item.fn, opened && fn ? askCallers(context, opened, fn, 0) : { kind: 'unknown' });
        }
        const answer = decided.get(item.fn)!;
        if (answer.kind === 'once' && !context.options.reportProcessLifetime) continue;
        const range = { start: item.start, end: item.end };
        // Process lifetime by intent is reported, when asked, like the file's own: low, no fix.
        if (answer.kind === 'once') context.report({ file, range, message: `${item.message} ${RUN_ONCE_CALLER_NOTE}`, confidence: 'low' });
        else if (item.fix) {
          // Case: `useEffect(() => { setupReferrer(el); }, [])` in another file: it returns the new cleanup to React
          const caller = item.returnsCleanup && opened ? findEffectCaller(context, opened, findFunctionAt(opened.program, item.fn)) : null;
          const files = [{ file, edits: item.fix.edits }, ...(caller ? [{ file: caller.file, edits: caller.edits }] : [])];
          const message = caller ? `${item.message} Its one caller, the effect at ${caller.where}, returns the cleanup to React.` : item.message;
          context.report({ file, range, message, fix: { safe: item.fix.safe, description: caller ? `${item.fix.description}, returned by the caller's effect` : item.fix.description, files } });
        }
        // Case: `for (const queue of queues) listenForJobs()` in another file: the callers say it piles up.
        else if (answer.kind === 'repeated' && !item.cannotPileUp) context.report({ file, range, message: `${item.message} It piles up: ${answer.where} runs it ${answer.why}.` });
        else context.report({ file, range, message: item.note ? `${item.message} ${item.note}` : item.message, confidence: item.confidence });
      }
    });
  }
}

/**
 * The findings of `file` whose owner class may be made once (made-once-owner.ts): `medium` with the
 * note when the project shows it, else `high` as the file alone decided.
 */
function planMadeOnce(context: ProjectContext<ListenerCleanupOptions>, file: string, items: readonly CollectedMadeOnce[]): void {
  context.scoped(() => {
    const opened = context.open(file);
    const answers = new Map<number, { name: string; where: string | null }>();
    for (const item of items) {
      if (!answers.has(item.ownerClass)) {
        const classPath = opened ? findTopLevelClassAt(opened.program, item.ownerClass) : null;
        answers.set(item.ownerClass, { name: classPath?.node.id?.name ?? '', where: opened && classPath ? askMadeOnce(context, opened, classPath, askCallers) : null });
      }
      const { name, where } = answers.get(item.ownerClass)!;
      const range = { start: item.start, end: item.end };
      if (where) context.report({ file, range, message: `${item.message} ${madeOnceNote(name, where)}`, confidence: 'medium' });
      else context.report({ file, range, message: item.message, confidence: 'high' });
    }
  });
}

/** What the project's uses of a function say about how often it runs. */
type CallersAnswer = { kind: 'once' } | { kind: 'repeated'; where: string; why: string } | { kind: 'unknown' };

/** How often the project's uses of `fn` outside test files run it (see the module comment). */
function askCallers(context: ProjectContext<ListenerCleanupOptions>, file: ProjectFile, fn: NodePath, depth: number, callsOnly = false): CallersAnswer {
  const sites = context.callSites(file, fn);
  const uses = [
    ...sites.calls.map(({ file: at, call }) => ({ file: at, reference: call.child(call.node.callee, 'callee') as NodePath })),
    ...sites.values.map(({ file: at, reference }) => ({ file: at, reference })),
  ].filter((use) => !isTestFilePath(use.file.file));
  // Case: a call in a loop, or in an event handler, anywhere: it runs again whatever the other callers do.
  for (const use of uses) {
    const why = findRepetition(use.reference);
    if (why) return { kind: 'repeated', where: `${use.file.file}:${use.file.source.positionAt(use.reference.node.start!).line}`, why };
  }
  if (!sites.complete || uses.length !== 1) return { kind: 'unknown' };
  const use = uses[0]!;
  if (COMPONENT_FILE.test(use.file.file)) return { kind: 'unknown' };
  // Case: `root.render(<Widget />)`: a rendered component's body runs at every render, however often the element is written
  if (isJsxElementUse(use.reference) || (callsOnly && !isCallee(use.reference))) return { kind: 'unknown' };
  if (isRunOnceUse(use.reference)) return { kind: 'once' };
  // Case: `callInitFunctions([initHtmx, initDropdown])` at a module's top level, whose function runs each item once
  if (isListedInRunOnceCall(context, use.file, use.reference)) return { kind: 'once' };
  // Case: `singleton('handlers', registerHandlers)` at a module's top level, whose function calls its factory at most once
  if (isHandedToRunOnceCall(context, use.file, use.reference)) return { kind: 'once' };
  if (depth + 1 >= MAX_DEPTH) return { kind: 'unknown' };
  // Case: `export function initialize() { initializeConfig(); }` in another file, itself called once from `index.ts`.
  const caller = findRunFromElsewhere(use.reference);
  if (caller) return askCallers(context, use.file, caller.fn, depth + 1);
  // Case: `export function InitApplication() { InitApp(); }` (an Electron main process's set-up), a
  // caller named like a component or hook: followed when this use is a call, and then only through
  // calls of it — a component is rendered (`<Widget />`, `createElement(Widget)`), not called.
  const named = isCallee(use.reference) ? findRunFromElsewhere(use.reference, 0, { renderedNames: true }) : null;
  return named ? askCallers(context, use.file, named.fn, depth + 1, true) : { kind: 'unknown' };
}

/** `reference` is the callee of a call (`InitApp()`), not a value handed on. */
function isCallee(reference: NodePath): boolean {
  const parent = reference.parent;
  return reference.key === 'callee' && (parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression');
}

/** `reference` names a JSX element (`<Widget />`, `<ui.Widget />`): the function is rendered, at every render of what holds it. */
function isJsxElementUse(reference: NodePath): boolean {
  return reference.node.type === 'JSXIdentifier' || reference.node.type === 'JSXMemberExpression';
}

/**
 * `reference` is an item of an array literal handed to a call that runs once (a module's top
 * level, or a function run once), and the called function — declared in the file or imported from
 * a file of the run — runs each item of that list once (list-runner.ts): gitea's
 * `callInitFunctions([initHtmx, …])` in index-domready.ts.
 */
function isListedInRunOnceCall(context: ProjectContext<ListenerCleanupOptions>, file: ProjectFile, reference: NodePath): boolean {
  const array = reference.parentPath;
  if (array?.node.type !== 'ArrayExpression' || reference.key !== 'elements') return false;
  return isArgumentOfRunOnceCall(context, file, array, runsEachListedOnce);
}

/**
 * `reference` is an argument of a call that runs once (a module's top level, or a function run
 * once), and the called function — declared in the file, or imported from a file of the run —
 * calls that parameter at most once (list-runner.ts `callsParameterAtMostOnce`): trigger.dev's
 * `singleton('RunEngineEventBusHandlers', registerRunEngineEventBusHandlers)` in entry.server.tsx.
 */
function isHandedToRunOnceCall(context: ProjectContext<ListenerCleanupOptions>, file: ProjectFile, reference: NodePath): boolean {
  return isArgumentOfRunOnceCall(context, file, reference, callsParameterAtMostOnce);
}

/**
 * `argument` is argument `i` of a call of a plain name that runs once, and the function that name
 * resolves to (declared in the file, or imported from a file of the run) passes `runs(function, i)`.
 */
function isArgumentOfRunOnceCall(context: ProjectContext<ListenerCleanupOptions>, file: ProjectFile, argument: NodePath, runs: (runner: NodePath, index: number) => boolean): boolean {
  const call = argument.parentPath;
  if (call?.node.type !== 'CallExpression' || argument.key !== 'arguments' || argument.index === null) return false;
  const callee = call.node.callee;
  if (callee.type !== 'Identifier') return false;
  const calleePath = call.child(callee, 'callee');
  if (!isRunOnceUse(calleePath)) return false;
  const runner = resolveFunction(context, file, calleePath);
  return runner !== null && runs(runner, argument.index);
}

/** The function a name stands for: declared at the top level of `file`, or imported (`import { f } from './init'`) from a file of the run. */
function resolveFunction(context: ProjectContext<ListenerCleanupOptions>, file: ProjectFile, name: NodePath): NodePath | null {
  const identifier = name.node as { name: string };
  const binding = findBinding(name, identifier.name);
  if (!binding) return null;
  if (binding.kind === 'function' && binding.scope.type === 'Program') return findTopLevelFunction(file, identifier.name, false);
  const specifier = binding.declaration;
  if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') return null;
  const declaration = file.ast.program.body.find((statement) => statement.type === 'ImportDeclaration' && statement.specifiers.includes(specifier));
  if (declaration?.type !== 'ImportDeclaration' || declaration.importKind === 'type') return null;
  const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
  const target = context.resolveImport(file, declaration.source.value);
  return target ? findTopLevelFunction(target, imported, true) : null;
}

/** `function name() {}` at the top level of `file` (`export function name() {}` when `exported`). */
function findTopLevelFunction(file: ProjectFile, name: string, exported: boolean): NodePath | null {
  let found: NodePath | null = null;
  forEachDescendant(file.program, (path) => {
    if (found) return false;
    const node = path.node;
    if (node.type === 'FunctionDeclaration' && node.id?.name === name && (path.parent?.type === 'ExportNamedDeclaration' || (!exported && path.parent?.type === 'Program'))) found = path;
    return node.type === 'Program' || node.type === 'ExportNamedDeclaration' ? undefined : false;
  });
  return found;
}

/** Registrations whose handler runs at every event (`once` and `{ once: true }` excluded by name or by the run-once check). */
const EVERY_EVENT = new Set(['addEventListener', 'on', 'addListener']);

/**
 * Why the call `reference` names runs again and again, or `null`: it is in a loop of its function,
 * or its function is an event handler (`button.addEventListener('click', () => showHelp())`,
 * `app.on('activate', () => createWindow())`) that is not run once (`DOMContentLoaded`, `{ once: true }`).
 */
function findRepetition(reference: NodePath): string | null {
  for (let current = reference.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (isLoopType(node.type)) return 'in a loop';
    if (!isFunctionNode(node)) continue;
    const call = current.parent;
    if (current.key !== 'arguments' || call?.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || call.callee.property.type !== 'Identifier') return null;
    if (!EVERY_EVENT.has(call.callee.property.name) || isRunOnceCallback(current) || call.arguments.length > 2) return null;
    const event = call.arguments[0];
    return `in a handler of ${event?.type === 'StringLiteral' ? `'${event.value}'` : 'an event'}`;
  }
  return null;
}
