/**
 * loop-cancellation — background work nothing can stop (Go: missing context cancellation).
 *
 * Before:  async function watch(queue: Queue) {
 *            while (true) { await handle(await queue.next()); await sleep(1000); }
 *          }
 *          …  watch(queue);   // in a request handler that has `request.signal`
 * After:   async function watch(queue: Queue, signal?: AbortSignal) {
 *            while (!signal?.aborted) { await handle(await queue.next()); await delay(1000, undefined, { signal }).catch(() => {}); }
 *          }
 *          …  watch(queue, request.signal);
 *
 * Shapes (transforms/loop-cancellation/match.ts): endless loops in async functions, `for await`
 * over endless iterators, self-rescheduling `setTimeout` pollers outside owner scopes. The fix
 * threads an AbortSignal through the function and every call site in the run's files that has
 * one in scope (a project phase: the fix may span files, applied all or nothing).
 *
 * Fix level: `auto` when every call site is known (in the files of the run) and the function
 * is not public API of its package; `suggestion` otherwise (the message says why), and always
 * for `for await` (the iterator rejects with an AbortError on abort); `none` when no parameter
 * can be added (a rest parameter, an options type unleak cannot extend).
 */
import type { CallExpression, Function as FunctionNode, Node } from '@babel/types';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { insertStatementsBefore, type EditContext } from '../../src/analysis/edits/statement-edits';
import { defineRule, type CallSite, type CallSites, type ProjectContext, type ProjectFile } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import { makeSleepsAbortable } from './abortable-sleep';
import { passSignal } from '../../src/analysis/resources/call-site-signal';
import { findBackgroundStarter, isCandidateNode, matchLoop, matchPoller, reschedulePlacement, returnsValue, type Candidate, type PollerCandidate } from './match';
import { addSignalParameter, type SignalParameter } from '../../src/analysis/edits/signal-parameter';
import { getExportNames } from '../../src/analysis/syntax/export-names';
import { createFileEditsCollector } from '../../src/analysis/edits/file-edits-collector';
import { meta, type LoopCancellationOptions } from './meta';
export type { LoopCancellationOptions } from './meta';

/** What a file hands the plan: where a candidate (one `matchLoop`/`matchPoller` accepts) starts, and its node type. */
interface Collected {
  start: number;
  type: string;
}

export const rule = defineRule<LoopCancellationOptions>({
  meta,
  create(context) {
    // Only what matches is collected: the match reads nothing but this file's AST (the same
    // text and parse the plan opens), and a file with nothing collected is not parsed again
    // in the project phase nor its text kept for it. The plan matches again to get the paths.
    const collectLoop = (path: NodePath): void => {
      if (isCandidateNode(path.node) && matchLoop(path)) context.collect({ start: path.node.start!, type: path.node.type } satisfies Collected);
    };
    return {
      WhileStatement: collectLoop,
      DoWhileStatement: collectLoop,
      ForStatement: collectLoop,
      ForOfStatement: collectLoop,
      CallExpression(path) {
        const node = path.node as CallExpression;
        if (node.callee.type === 'Identifier' && node.callee.name === 'setTimeout' && node.arguments[0]?.type === 'Identifier' && matchPoller(path as NodePath<CallExpression>)) {
          context.collect({ start: node.start!, type: node.type } satisfies Collected);
        }
      },
    };
  },
  project: {
    plan(context) {
      // One file at a time: what a file's plan opens (its callers' files) is released after it,
      // and nothing of it (nodes, paths) is kept past it; findings carry only text edits.
      for (const { file, data } of context.collected) {
        context.scoped(() => {
          const opened = context.open(file);
          if (!opened) return;
          const candidates = findCandidates(opened, data as Collected[]);
          const byFunction = new Map<Node, Candidate[]>();
          for (const candidate of candidates) byFunction.set(candidate.fn.node, [...(byFunction.get(candidate.fn.node) ?? []), candidate]);
          for (const group of byFunction.values()) planFunction(context, opened, group);
        });
      }
    },
  },
});


function findCandidates(file: ProjectFile, collected: readonly Collected[]): Candidate[] {
  // Keyed by start offset (a number): a `${start}:${type}` string per node of the file was
  // most of this walk's cost.
  const wanted = new Map<number, string[]>();
  for (const { start, type } of collected) wanted.set(start, [...(wanted.get(start) ?? []), type]);
  const found: Candidate[] = [];
  forEachDescendant(file.program, (path) => {
    if (!wanted.get(path.node.start!)?.includes(path.node.type)) return undefined;
    const candidate = path.node.type === 'CallExpression' ? matchPoller(path as NodePath<CallExpression>) : matchLoop(path);
    if (candidate) found.push(candidate);
    return undefined;
  });
  return found;
}

function editContext(file: ProjectFile): EditContext {
  return { filename: file.file, source: file.source, style: file.style, language: file.language, ast: file.ast, sfc: null };
}

function functionName(fn: NodePath<FunctionNode>): string {
  const node = fn.node as { id?: { name: string } | null; key?: { name?: string } };
  if (node.id?.name) return node.id.name;
  if (node.key?.name) return node.key.name;
  const parent = fn.parent as { type: string; id?: { name?: string } } | null;
  if (parent?.type === 'VariableDeclarator' && parent.id?.name) return parent.id.name;
  return 'the function';
}

function describe(candidate: Candidate, name: string): string {
  switch (candidate.shape) {
    case 'loop':
      return `This loop in ${name}() can run for ever: no signal and no stop flag can end it from outside.`;
    case 'for-await':
      return `This \`for await\` in ${name}() iterates a source that never ends by itself and has no signal: nothing can stop it.`;
    case 'poller':
      return `${candidate.pollBinding.name}() reschedules itself for ever: nothing can stop the polling ${name}() starts.`;
  }
}

function planFunction(context: ProjectContext<LoopCancellationOptions>, file: ProjectFile, group: Candidate[]): void {
  const first = group[0]!;
  const fn = first.fn;
  const name = functionName(fn);
  const anchor: Node = first.shape === 'poller' ? first.reschedule.node : first.loop.node;
  const range = first.shape === 'poller' ? { start: anchor.start!, end: anchor.end! } : { start: anchor.start!, end: headerEnd(file, anchor) };
  const message = describe(first, name);
  const existing = group.find((candidate) => candidate.signal)?.signal ?? null;
  let parameter: SignalParameter | null = null;
  let expression: string;
  const { files, add } = createFileEditsCollector();
  if (existing && first.shape !== 'poller') {
    expression = existing.expression;
  } else {
    const added = addSignalParameter(file, fn, context);
    if ('failure' in added) {
      context.report({ file: file.file, range, message: `${message} unleak cannot add a signal: ${added.failure}.` });
      return;
    }
    parameter = added;
    expression = added.expression;
    for (const entry of added.files) add(entry.file, entry.edits);
  }
  const optional = existing ? existing.mayBeUndefined : true;
  const aborted = `${expression}${optional ? '?.' : '.'}aborted`;
  let sleeps = 0;
  const keptSleeps: string[] = [];
  const orphanedSleeps: string[] = [];
  // A function that returns a value must not fall off its end when the loop stops: it ends by
  // throwing the abort (`signal.throwIfAborted()`), as `fetch` does.
  const throwsOnAbort = returnsValue(fn) || hasValueReturnType(fn.node);
  const throwIfAborted = `${expression}${optional ? '?.' : '.'}throwIfAborted()`;
  for (const candidate of group) {
    if (candidate.shape === 'loop') {
      const throwEdits = throwsOnAbort ? loopThrowEdits(file, candidate.loop.node, throwIfAborted) : null;
      const target = context.settingsOf(file.file).target;
      if (throwsOnAbort && (!throwEdits || !target.abortSignalTimeout)) {
        context.report({ file: file.file, range, message: `${message} ${name}() returns a value, so it must end with an AbortError, and ${throwEdits ? `the runtime target (${target.source}) lacks AbortSignal.throwIfAborted` : 'its loop body is not a block'}: thread the signal by hand.` });
        return;
      }
      add(file.file, throwEdits ?? loopConditionEdits(file, candidate.loop.node, aborted));
      const body = candidate.loop.child((candidate.loop.node as { body: Node }).body, 'body');
      const sleepEdits = makeSleepsAbortable(file, body, expression, (specifier) => context.resolveImport(file, specifier), throwEdits ? null : aborted);
      sleeps += sleepEdits.count;
      keptSleeps.push(...sleepEdits.kept);
      orphanedSleeps.push(...sleepEdits.orphaned);
      add(file.file, [...sleepEdits.edits, ...sleepEdits.fileEdits]);
    } else if (candidate.shape === 'for-await') {
      add(file.file, forAwaitEdits(candidate.source.node, candidate.optionsIndex, expression));
    } else {
      const edits = candidate.selfStarting ? selfPollerEdits(file, candidate, aborted, expression, parameter) : pollerEdits(file, candidate, aborted, expression);
      if (!edits || typeof edits === 'string') {
        context.report({ file: file.file, range, message: `${message} unleak cannot rewrite this poller (${edits ?? 'an expression-bodied function'}).` });
        return;
      }
      add(file.file, edits);
    }
  }
  // Call sites: each gets the signal in scope there.
  const notes: string[] = [];
  let safe = !group.some((candidate) => candidate.shape === 'for-await');
  if (throwsOnAbort) notes.push(`On abort ${name}() rejects with an AbortError.`);
  let passed = 0;
  const missing: string[] = [];
  const starters: { site: CallSite; fn: NodePath<FunctionNode> }[] = [];
  if (parameter) {
    const sites = context.callSites(file, fn);
    const threading = threadCallSites(context, sites, parameter, { file: file.file, fn, expression }, add);
    passed = threading.passed;
    const threadingNotes = describeThreading(threading);
    if (threadingNotes.length > 0) {
      safe = false;
      notes.push(...threadingNotes);
    }
    // A call that drops the promise would turn that AbortError into an unhandled rejection.
    if (throwsOnAbort && sites.calls.some((site) => isDroppedCall(site.call))) {
      safe = false;
      notes.push('Some callers drop its promise: review how they handle the AbortError.');
    }
    for (const site of threading.missing) {
      const starter = findBackgroundStarter(site.call);
      if (starter && starter.node !== fn.node) starters.push({ site, fn: starter });
      else missing.push(describeSite(site));
    }
    const problems = describeIncomplete(sites, fn, group);
    if (problems) {
      safe = false;
      notes.push(problems);
    }
    if (isPublicFunction(context, file, fn)) {
      safe = false;
      notes.push(`${name}() is public API of its package (package.json exports/main/bin): the new optional parameter changes that API.`);
    }
    if (missing.length > 0) notes.push(`Call sites with no signal in scope keep working without one: ${missing.join(', ')}.`);
    // Case: the function's callers are all in the project and none has a signal to pass (nightscout's
    // `const promise = connectWithRetry()`): the new parameter stays unused until one does — say so.
    if (sites.calls.length > 0 && passed === 0 && starters.length === 0 && !isPublicFunction(context, file, fn)) {
      notes.push(`No caller passes a signal yet: the loop stops only once one does — give ${name}()'s caller a controller (or a signal of its own) to abort.`);
    }
  }
  if (keptSleeps.length > 0) {
    const unique = [...new Set(keptSleeps)];
    const listed = unique.map((sleep) => `\`${sleep.length > 40 ? `${sleep.slice(0, 39)}…` : sleep}\``).join(', ');
    notes.push(`${listed} ${unique.length === 1 ? 'is' : 'are'} left as written (unleak cannot tell that the helper waits milliseconds), so a stopped loop ends once the sleep in progress ends; give the helper a signal to stop sooner.`);
  }
  if (group.some((candidate) => candidate.shape === 'for-await')) notes.push('On abort the iterator rejects with an AbortError: callers should expect it.');
  if (orphanedSleeps.length > 0) {
    // The rewrite leaves the helper unused: lint's no-unused-vars would fail the project's CI.
    safe = false;
    notes.push(`${[...new Set(orphanedSleeps)].map((name) => `\`${name}()\``).join(', ')} would be left unused: remove it with the fix.`);
  }
  const parts = [parameter ? `add ${parameter.position.kind === 'option' ? 'a signal option' : 'an optional signal parameter'} to ${name}()` : `use ${expression}`];
  parts.push(group.some((c) => c.shape === 'poller') ? 'stop polling and clear the pending timer on abort' : 'check it every round');
  if (sleeps > 0) parts.push(`make ${sleeps === 1 ? 'the sleep' : `${sleeps} sleeps`} abortable`);
  if (passed > 0) parts.push(`pass it at ${passed} call site${passed === 1 ? '' : 's'}`);
  context.report({
    file: file.file,
    range,
    message: [message, ...notes].join(' '),
    fix: { safe, description: parts.join(', '), files },
  });
  for (const starter of starters) planStarter(context, starter.site, starter.fn, name, parameter!, safe);
}

/**
 * A function that starts the work in the background (`void poll()`) and returns nothing that
 * could stop it: it gets a signal too, passes it on, and its own callers pass theirs. Its fix
 * is never surer than the work's own fix (both are needed together).
 */
function planStarter(context: ProjectContext<LoopCancellationOptions>, site: CallSite, starter: NodePath<FunctionNode>, workName: string, workParameter: SignalParameter, workSafe: boolean): void {
  const name = functionName(starter);
  const message = `${name}() starts ${workName}() in the background and returns nothing that can stop it.`;
  const range = { start: site.call.node.start!, end: site.call.node.end! };
  const added = addSignalParameter(site.file, starter, context);
  if ('failure' in added) {
    context.report({ file: site.file.file, range, message: `${message} unleak cannot add a signal: ${added.failure}.` });
    return;
  }
  const { files, add } = createFileEditsCollector(added.files);
  const own = passSignal(site, workParameter, { file: site.file.file, fn: starter, expression: added.expression });
  if (!own) return;
  add(site.file.file, own.edits);
  const sites = context.callSites(site.file, starter);
  const threading = threadCallSites(context, sites, added, { file: site.file.file, fn: starter, expression: added.expression }, add);
  const notes: string[] = [];
  let safe = workSafe;
  const threadingNotes = describeThreading(threading);
  if (threadingNotes.length > 0) {
    safe = false;
    notes.push(...threadingNotes);
  }
  const problems = describeIncomplete(sites, starter, []);
  if (problems) {
    safe = false;
    notes.push(problems);
  }
  if (isPublicFunction(context, site.file, starter)) {
    safe = false;
    notes.push(`${name}() is public API of its package: the new optional parameter changes that API.`);
  }
  if (threading.missing.length > 0) notes.push(`Call sites with no signal in scope keep working without one: ${threading.missing.map(describeSite).join(', ')}.`);
  const parts = [`add ${added.position.kind === 'option' ? 'a signal option' : 'an optional signal parameter'} to ${name}()`, `pass it to ${workName}()`];
  if (threading.passed > 0) parts.push(`and at ${threading.passed} call site${threading.passed === 1 ? '' : 's'} of ${name}()`);
  context.report({ file: site.file.file, range, message: [message, ...notes].join(' '), fix: { safe, description: parts.join(', '), files } });
}

/** Passes the signal at every call site that has one in scope; returns the others. */
function threadCallSites(
  context: ProjectContext<LoopCancellationOptions>,
  sites: CallSites,
  parameter: SignalParameter,
  threaded: { file: string; fn: NodePath; expression: string },
  add: (file: string, edits: readonly TextEdit[]) => void,
): { passed: number; missing: CallSite[]; uncertain: string[]; abortSignalAny: string | null } {
  const handlers = new Set<string>();
  const missing: CallSite[] = [];
  const uncertain: string[] = [];
  let passed = 0;
  /** The runtime target of a file given `AbortSignal.any` that may lack it. */
  let abortSignalAny: string | null = null;
  for (const site of sites.calls) {
    const result = passSignal(site, parameter, threaded);
    if (!result) {
      missing.push(site);
      continue;
    }
    passed++;
    if (result.uncertain) uncertain.push(result.uncertain);
    const siteTarget = context.settingsOf(site.file.file).target;
    if (result.abortSignalAny && !siteTarget.abortSignalAny) abortSignalAny ??= siteTarget.source;
    add(site.file.file, result.edits);
    const key = result.handler ? `${site.file.file}:${result.handler.key}` : null;
    if (result.handler && key && !handlers.has(key)) {
      handlers.add(key);
      add(site.file.file, result.handler.edits);
    }
  }
  return { passed, missing, uncertain, abortSignalAny };
}

/**
 * Why threading the signal through the call sites is not certain (each note makes the fix a
 * suggestion): an effect's AbortController whose cleanup may not run when it should, and a
 * request handler's signal combined with one from elsewhere through `AbortSignal.any` (Node
 * 20.3) when the target may lack it.
 */
function describeThreading(threading: { uncertain: readonly string[]; abortSignalAny: string | null }): string[] {
  const notes: string[] = [];
  if (threading.uncertain.length > 0) notes.push(`An effect gets an AbortController its cleanup aborts, but ${threading.uncertain.join(' And ')}`);
  if (threading.abortSignalAny !== null) {
    notes.push(`A request handler passes AbortSignal.any([…]) of its signal and the request's, which needs Node 20.3 or later; the runtime target (${threading.abortSignalAny}) may be older: review the change.`);
  }
  return notes;
}

function describeSite(site: CallSite): string {
  return `${site.file.file}:${site.file.source.positionAt(site.call.node.start!).line}`;
}

/** Why not every use of the function is known, or `null`. `setTimeout(fn, …)` of the work itself is known. */
function describeIncomplete(sites: CallSites, fn: NodePath<FunctionNode>, group: readonly Candidate[]): string | null {
  if (!sites.complete) return `Not every caller can be seen (${sites.incompleteBecause}): review the change.`;
  const reschedules = new Set(group.flatMap((candidate) => (candidate.shape === 'poller' ? [candidate.reschedule.node] : [])));
  const unknown = sites.values.filter((value) => !(value.reference.parent && reschedules.has(value.reference.parent as CallExpression)));
  void fn;
  if (unknown.length === 0) return null;
  const where = unknown.map((value) => `${value.file.file}:${value.file.source.positionAt(value.reference.node.start!).line}`).join(', ');
  return `It is also used as a value (${where}), where unleak cannot tell who calls it: review the change.`;
}

function isPublicFunction(context: ProjectContext<LoopCancellationOptions>, file: ProjectFile, fn: NodePath<FunctionNode>): boolean {
  return getExportNames(fn).some((exportName) => context.isPublicApi(file, exportName) === true);
}

/** End of a loop's header (`while (true)`), for the finding's range. */
function headerEnd(file: ProjectFile, loop: Node): number {
  const body = (loop as { body?: Node }).body;
  if (loop.type === 'DoWhileStatement' || !body) return loop.start! + 2;
  return file.source.text.lastIndexOf(')', body.start!) + 1;
}

/** `signal?.throwIfAborted();` first in the loop body. */
function loopThrowEdits(file: ProjectFile, loop: Node, throwIfAborted: string): TextEdit[] | null {
  const body = (loop as { body?: Node }).body;
  if (body?.type !== 'BlockStatement') return null;
  const first = body.body[0];
  const indent = first ? file.source.indentAt(first.start!) : `${file.source.indentAt(loop.start!)}${file.style.indentUnit}`;
  const semi = file.style.semicolons ? ';' : '';
  return [{ start: body.start! + 1, end: body.start! + 1, text: `\n${indent}${throwIfAborted}${semi}` }];
}

/** A declared return type other than `void`, `undefined` or `Promise<void>`. */
function hasValueReturnType(fn: FunctionNode): boolean {
  const annotation = (fn as { returnType?: Node | null }).returnType;
  if (annotation?.type !== 'TSTypeAnnotation') return false;
  let type = annotation.typeAnnotation;
  if (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'Promise' && type.typeParameters?.params.length === 1) type = type.typeParameters.params[0]!;
  return !(type.type === 'TSVoidKeyword' || type.type === 'TSUndefinedKeyword');
}

/** `void work()` / `work();`: the promise is dropped. */
function isDroppedCall(call: NodePath): boolean {
  let parent = call.parentPath;
  if (parent?.node.type === 'UnaryExpression' && parent.node.operator === 'void') parent = parent.parentPath;
  return parent?.node.type === 'ExpressionStatement';
}

function loopConditionEdits(file: ProjectFile, loop: Node, aborted: string): TextEdit[] {
  const check = `!${aborted}`;
  if ((loop.type === 'WhileStatement' || loop.type === 'DoWhileStatement') && loop.test) return [{ start: loop.test.start!, end: loop.test.end!, text: check }];
  if (loop.type === 'ForStatement') {
    const text = file.source.text;
    const from = loop.init ? loop.init.end! : text.indexOf('(', loop.start!) + 1;
    const semicolon = text.indexOf(';', from);
    return [{ start: semicolon + 1, end: semicolon + 1, text: ` ${check}` }];
  }
  return [];
}

function forAwaitEdits(call: CallExpression, optionsIndex: number, expression: string): TextEdit[] {
  const property = expression === 'signal' ? 'signal' : `signal: ${expression}`;
  const args = call.arguments;
  const existing = args[optionsIndex];
  if (existing?.type === 'ObjectExpression') {
    if (existing.properties.length === 0) return [{ start: existing.start!, end: existing.end!, text: `{ ${property} }` }];
    const last = existing.properties[existing.properties.length - 1]!;
    return [{ start: last.end!, end: last.end!, text: `, ${property}` }];
  }
  const after = args[args.length - 1]!.end!;
  return [{ start: after, end: after, text: `, { ${property} }` }];
}

/**
 * A poller inside its starter: keep the pending timer, clear it on abort, and stop
 * rescheduling once aborted.
 */
function pollerEdits(file: ProjectFile, candidate: PollerCandidate, aborted: string, expression: string): TextEdit[] | null {
  const poll = candidate.poll.node;
  if (poll.body.type !== 'BlockStatement') return null;
  const ctx = editContext(file);
  const statement = candidate.poll.parent?.type === 'VariableDeclarator' ? candidate.poll.parentPath!.parentPath!.node : poll;
  const timer = freeName(candidate.fn, 'timer');
  const typed = file.language !== 'js';
  const q = file.style.quote;
  const declaration = typed ? `let ${timer}: ReturnType<typeof setTimeout> | undefined` : `let ${timer}`;
  const release = `${expression}?.addEventListener(${q}abort${q}, () => clearTimeout(${timer}), { once: true })`;
  const edits: TextEdit[] = [insertStatementsBefore(statement, [declaration, release], ctx)];
  // First statement of the poller: stop once aborted.
  const block = poll.body;
  const firstStatement = block.body[0];
  const indent = firstStatement ? file.source.indentAt(firstStatement.start!) : `${file.source.indentAt(statement.start!)}${file.style.indentUnit}`;
  const semi = file.style.semicolons ? ';' : '';
  edits.push({ start: block.start! + 1, end: block.start! + 1, text: `\n${indent}if (${aborted}) return${semi}` });
  // Every `setTimeout(poll, …)` of the starter and the poller keeps its handle.
  forEachDescendant(candidate.fn, (path) => {
    const node = path.node;
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'setTimeout') return undefined;
    const argument = node.arguments[0];
    if (argument?.type !== 'Identifier' || argument.name !== candidate.pollBinding.name) return undefined;
    const placement = reschedulePlacement(path);
    if (placement === 'statement') edits.push({ start: node.start!, end: node.start!, text: `${timer} = ` });
    // Case: `.finally(() => setTimeout(tick, ms))` -> `.finally(() => (timer = setTimeout(tick, ms)))`
    else if (placement === 'settle-callback') edits.push({ start: node.start!, end: node.start!, text: `(${timer} = ` }, { start: node.end!, end: node.end!, text: ')' });
    return undefined;
    return undefined;
  });
  return edits;
}

/**
 * A module-level poller its callers start: it takes the signal, stops once aborted, and each
 * round's timer is cleared on abort (the listener is removed when the timer fires, so rounds do
 * not pile listeners up on the signal).
 */
function selfPollerEdits(file: ProjectFile, candidate: PollerCandidate, aborted: string, expression: string, parameter: SignalParameter | null): TextEdit[] | string | null {
  const poll = candidate.poll.node;
  if (poll.body.type !== 'BlockStatement') return null;
  const statement = candidate.reschedule.parent!;
  const text = file.source.text;
  const [callback, delay, ...extra] = candidate.reschedule.node.arguments;
  if (!callback || !delay) return null;
  // Case: `setTimeout(refresh, ms, feedId, attempt + 1)`: the callback passes them on, then the
  // signal at its own position (`undefined` for parameters the timer left out).
  // Case: `setTimeout(refresh, ms)` of `refresh(page = 0)`: `refresh(undefined, signal)`.
  const passed = extra.map((argument) => text.slice(argument.start!, argument.end!));
  if (parameter?.position.kind !== 'parameter') return 'the signal would go into an options object the timer does not pass';
  if (passed.length > parameter.position.index) return 'setTimeout passes it more arguments than it declares';
  while (passed.length < parameter.position.index) passed.push('undefined');
  const indent = file.source.indentAt(statement.start!);
  const i = file.style.indentUnit;
  const semi = file.style.semicolons ? ';' : '';
  const q = file.style.quote;
  const timer = freeName(candidate.poll, 'timer');
  const stop = freeName(candidate.poll, 'stop');
  const again = `${poll.async ? 'void ' : ''}${candidate.pollBinding.name}(${[...passed, expression].join(', ')})`;
  const replacement = [
    `const ${timer} = setTimeout(() => {`,
    `${indent}${i}${expression}?.removeEventListener(${q}abort${q}, ${stop})${semi}`,
    `${indent}${i}${again}${semi}`,
    `${indent}}, ${text.slice(delay.start!, delay.end!)})${semi}`,
    `${indent}const ${stop} = () => clearTimeout(${timer})${semi}`,
    `${indent}${expression}?.addEventListener(${q}abort${q}, ${stop}, { once: true })${semi}`,
  ].join('\n');
  const block = poll.body;
  const first = block.body[0];
  const firstIndent = first ? file.source.indentAt(first.start!) : `${indent}`;
  return [
    { start: block.start! + 1, end: block.start! + 1, text: `\n${firstIndent}if (${aborted}) return${semi}` },
    { start: statement.start!, end: statement.end!, text: replacement },
  ];
}

function freeName(at: NodePath, preferred: string): string {
  const used = new Set<string>();
  forEachDescendant(at, (path) => {
    if (path.node.type === 'Identifier') used.add(path.node.name);
    return undefined;
  });
  for (let n = 1; ; n++) {
    const name = n === 1 ? preferred : `${preferred}${n}`;
    if (!used.has(name)) return name;
  }
}
