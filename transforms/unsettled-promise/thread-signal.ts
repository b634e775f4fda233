/**
 * Threading a signal into the waiting function (the project phase): a wait with no signal in
 * scope and no owner, in a function its callers can be found for, gets an optional `signal`
 * parameter; the wait uses it (the same rewrite as with a signal in scope), and every caller
 * passes the signal it has (a parameter, `options.signal`, a request handler's or a React
 * effect's controller: src/analysis/resources/call-site-signal.ts), in whatever file it is.
 *
 * Before:  export async function waitForReady(worker: Worker) {                 // ready.ts
 *            await new Promise((resolve) => worker.once('ready', resolve));
 *          }
 *          export async function run(signal: AbortSignal) { await waitForReady(w); }   // main.ts
 * After:   export async function waitForReady(worker: Worker, signal?: AbortSignal) {
 *            await once(worker, 'ready', { signal });
 *          }
 *          export async function run(signal: AbortSignal) { await waitForReady(w, signal); }
 *
 * Fix level: never surer than the same wait given a signal in scope (a Node emitter's `once` in
 * Node code is `auto`; a DOM wait, a `'close'` wait, a wait that also starts the event: a
 * suggestion), and a suggestion when the function is public API of its package, when not every
 * caller can be seen, or when a caller would not handle the rejection the abort now causes.
 * When no caller has a signal to pass, the wait gets the per-file deadline suggestion instead.
 */
import type { Function as FunctionNode, Node } from '@babel/types';
import { addSignalParameter } from '../../src/analysis/edits/signal-parameter';
import { createFileEditsCollector } from '../../src/analysis/edits/file-edits-collector';
import { findNodeRequestHandler, passSignal } from '../../src/analysis/resources/call-site-signal';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getExportNames } from '../../src/analysis/syntax/export-names';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { NO_PROJECT, type CallSite, type ProjectContext, type ProjectFile, type RuleContext } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import type { FileEdits } from '../../src/core/finding';
import { buildEventTargetFix, buildOnceFix, type FixSignal } from './fix';
import { matchUnsettledPromise, type UnsettledWait } from './match';
import { isNodeCode } from './node-code';
import { findChainedRejectionHandler } from '../../src/analysis/resources/chained-rejection-handler';

type Options = { timeoutMs: number };
type EventWait = Extract<UnsettledWait, { kind: 'event' }>;

/** What a file hands the plan: where a wait the plan may thread a signal into starts. */
export interface CollectedWait {
  start: number;
}

/**
 * The function a wait can take a signal through: a named function declaration, a function a
 * `const` holds, or a method (not a constructor or accessor); `null` for a callback, a wait at
 * module level, or a function whose callers cannot be named.
 */
export function findThreadableFunction(promise: NodePath): NodePath<FunctionNode> | null {
  const fn = promise.findParent((p) => isFunctionNode(p.node)) as NodePath<FunctionNode> | null;
  if (!fn) return null;
  const node = fn.node;
  if (node.type === 'FunctionDeclaration') return node.id ? fn : null;
  if (node.type === 'ClassMethod') return node.kind === 'method' && !node.computed ? fn : null;
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') {
    const declarator = fn.parent;
    return declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier' && fn.key === 'init' ? fn : null;
  }
  return null;
}

/** A rule context for a file the project phase opened: what the per-file fix builders read. */
export function projectFileContext(file: ProjectFile, project: ProjectContext<Options>): RuleContext<Options> {
  return {
    ruleId: project.ruleId,
    filename: file.file,
    language: file.language,
    sfc: null,
    ast: file.ast,
    source: file.source,
    options: project.options,
    settings: project.settingsOf(file.file),
    project: NO_PROJECT,
    get style() {
      return file.style;
    },
    getText: (node: Node) => file.source.slice(node.start!, node.end!),
    importSpecifier: (module: string) => module,
    report: () => {
      throw new Error('the project phase reports through its own context');
    },
    collect: () => {},
  };
}

/** The collected waits of one file, matched again on the file's fresh parse, grouped by the function they are in. */
export function findCollectedWaits(file: ProjectFile, collected: readonly CollectedWait[]): { fn: NodePath<FunctionNode>; waits: { path: NodePath; wait: EventWait }[] }[] {
  const starts = new Set(collected.map((entry) => entry.start));
  const groups = new Map<Node, { fn: NodePath<FunctionNode>; waits: { path: NodePath; wait: EventWait }[] }>();
  forEachDescendant(file.program, (path) => {
    if (path.node.type !== 'NewExpression' || !starts.has(path.node.start!)) return undefined;
    const wait = matchUnsettledPromise(path);
    const fn = wait?.kind === 'event' ? findThreadableFunction(path) : null;
    if (!wait || wait.kind !== 'event' || !fn) return undefined;
    const group = groups.get(fn.node) ?? { fn, waits: [] };
    group.waits.push({ path, wait });
    groups.set(fn.node, group);
    return undefined;
  });
  return [...groups.values()];
}

export interface ThreadedFix {
  /** Edits per file: the function, its waits and every call site that passes a signal. */
  files: FileEdits[];
  safe: boolean;
  description: string;
  /** Why the fix is a suggestion, and which callers pass nothing, for the message. */
  notes: string[];
}

/**
 * Threads a signal into `fn` for its waits: `null` when no caller has a signal to pass (or the
 * function cannot take one, or a wait cannot be rewritten with it), and the caller falls back
 * to the deadline.
 */
export function threadSignal(context: ProjectContext<Options>, file: ProjectFile, fn: NodePath<FunctionNode>, waits: readonly { path: NodePath; wait: EventWait }[]): ThreadedFix | null {
  const added = addSignalParameter(file, fn, context);
  if ('failure' in added) return null;
  const { files, add } = createFileEditsCollector(added.files);
  const signal: FixSignal = { text: added.expression, narrowed: added.expression.replace(/\?\./g, '.'), optional: true, isDeadline: false };
  const ctx = projectFileContext(file, context);
  const nodeCode = isNodeCode(file.ast.program);
  let safe = true;
  for (const { wait } of waits) {
    const emitter = wait.registration.api === 'emitter';
    if (emitter && !nodeCode) return null;
    const edits = emitter ? buildOnceFix(wait, signal, ctx) : wait.registration.api === 'event-target' ? buildEventTargetFix(wait, signal, ctx) : null;
    if (!edits) return null;
    add(file.file, edits);
    // As with a signal in scope (rule.ts, decideFix): only a Node emitter's lone wait is certain.
    if (!emitter || !wait.only || wait.registration.eventName === 'close') safe = false;
  }

  const name = functionName(fn);
  const notes: string[] = [];
  const sites = context.callSites(file, fn);
  const handlers = new Set<string>();
  const missing: CallSite[] = [];
  let passed = 0;
  let unhandled = false;
  for (const site of sites.calls) {
    // A recursive call passes the function's own signal.
    const result = passSignal(site, added, { file: file.file, fn, expression: added.expression });
    if (!result) {
      missing.push(site);
      continue;
    }
    passed++;
    add(site.file.file, result.edits);
    if (result.handler) {
      const key = `${site.file.file}:${result.handler.key}`;
      if (!handlers.has(key)) {
        handlers.add(key);
        add(site.file.file, result.handler.edits);
      }
    }
    if (result.uncertain) {
      safe = false;
      notes.push(`An effect gets an AbortController its cleanup aborts, but ${result.uncertain}`);
    }
    const siteTarget = context.settingsOf(site.file.file).target;
    if (result.abortSignalAny && !siteTarget.abortSignalAny) {
      safe = false;
      notes.push(`A request handler passes AbortSignal.any([…]) of its signal and the request's, which needs Node 20.3 or later; the runtime target (${siteTarget.source}) may be older: review the change.`);
    }
    if (!isRejectionReceived(site, Boolean(result.handler))) unhandled = true;
  }
  if (passed === 0) return null;
  if (unhandled) {
    safe = false;
    notes.push(`On abort ${name}() now rejects, and a caller does not handle that rejection: review how it should end.`);
  }
  if (!sites.complete) {
    safe = false;
    notes.push(`Not every caller can be seen (${sites.incompleteBecause}): review the change.`);
  } else if (sites.values.length > 0) {
    safe = false;
    notes.push(`It is also used as a value (${sites.values.map((value) => `${value.file.file}:${value.file.source.positionAt(value.reference.node.start!).line}`).join(', ')}), where unleak cannot tell who calls it: review the change.`);
  }
  if (getExportNames(fn).some((exportName) => context.isPublicApi(file, exportName) === true)) {
    safe = false;
    notes.push(`${name}() is public API of its package (package.json exports/main/bin): the new optional parameter changes that API.`);
  }
  if (missing.length > 0) notes.push(`Call sites with no signal in scope still wait for ever: ${missing.map((site) => `${site.file.file}:${site.file.source.positionAt(site.call.node.start!).line}`).join(', ')}.`);
  const waitsText = waits.length === 1 ? 'the wait' : `its ${waits.length} waits`;
  const description = `add ${added.position.kind === 'option' ? 'a signal option' : 'an optional signal parameter'} to ${name}(), end ${waitsText} on abort, and pass the signal at ${passed} call site${passed === 1 ? '' : 's'}`;
  return { files, safe, description, notes };
}

/**
 * Whether the caller receives the rejection the abort now causes: it awaits or returns the
 * call (its own caller sees the AbortError, as with any signal it passes on) or handles it in
 * the chain. A React effect's call must handle it in its own chain: nobody awaits an effect, and
 * an unhandled AbortError at unmount is a new error report.
 */
function isRejectionReceived(site: CallSite, ownerAdded: boolean): boolean {
  const call = site.call;
  if (findChainedRejectionHandler(call).handler !== null) return true;
  const inEffect = ownerAdded && !findNodeRequestHandler(call);
  if (inEffect) return false;
  let current: NodePath = call;
  while (current.parent && (current.parent.type === 'TSAsExpression' || current.parent.type === 'TSNonNullExpression' || current.parent.type === 'ParenthesizedExpression')) current = current.parentPath!;
  const parent = current.parent;
  if (parent?.type === 'AwaitExpression' || parent?.type === 'ReturnStatement') return true;
  return parent?.type === 'ArrowFunctionExpression' && current.key === 'body';
}

function functionName(fn: NodePath<FunctionNode>): string {
  const node = fn.node as { id?: { name: string } | null; key?: { name?: string } };
  if (node.id?.name) return node.id.name;
  if (node.key?.name) return node.key.name;
  const parent = fn.parent as { type: string; id?: { name?: string } } | null;
  return parent?.type === 'VariableDeclarator' && parent.id?.name ? parent.id.name : 'the function';
}
