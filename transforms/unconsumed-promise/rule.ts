/**
 * unconsumed-promise — a promise whose result and rejection nobody observes (Go: a send on a
 * channel with no receiver).
 *
 * Before:  notifySlack(text);
 * After:   void notifySlack(text).catch((error) => console.error(error));
 *
 * Matches, without type information: a call to a same-file async function (also `this.m()` of
 * the same class), to a function a relative import declares `async` or `Promise<…>`-returning,
 * to `fetch`, HTTP clients (axios, got, undici), the promise modules of Node (`fs/promises`, `timers/promises`, ...), `new
 * Promise(…)` and `Promise.all(…)`-style statics used as a statement; a `.then(ok)` /
 * `.finally(f)` chain that ends without a rejection handler; a promise kept in a variable that
 * is never read; `arr.map(async …)` / `arr.forEach(async …)` whose promises are dropped. Not a
 * call of a same-file async function that catches every error itself.
 *
 * Fix level: `auto` for the `void … .catch(onError)` rewrite of a known promise, and for
 * `arr.map(async …)` (→ `void Promise.all(arr.map(async …)).catch(onError)`); `suggestion` for
 * `await work()` inside an async function with option `preferAwait` (not in a loop, where
 * awaiting would serialise concurrent iterations, and not for `new Promise`), for a
 * `.then` chain whose start is not known to be a native promise (a thenable may lack `.catch`:
 * where its type, or the function the chain starts from, shows it has none, the handler goes in
 * `.then(undefined, …)`, rejection-method.ts),
 * for `arr.forEach(async …)` (the receiver may not be an array; in an async function the
 * suggestion is `await Promise.all(arr.map(async …))`), and when the `onError` handler is not
 * in scope in the file, at module top level and in the start-up code it runs right away (a
 * failing script must still exit 1, a failed start-up still end the process), in a published
 * library without `onError` (console.error is not its error channel), for `return …` in a
 * `.map` callback that returns nothing, and for `.catch(reject)` on a chain that settles the
 * `new Promise` whose executor it is dropped in (a logging handler would leave that promise
 * pending for ever; the caller now sees a rejection); `none` for `Promise.withResolvers()`
 * dropped whole.
 */
import type { CallExpression, ExpressionStatement, Node, Statement, VariableDeclarator } from '@babel/types';
import { fileRunsInPage } from '../../src/analysis/syntax/code-environment';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findBinding, isFunctionNode, isGlobalReference } from '../../src/analysis/syntax/scope';
import { isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import { isSettleWitness } from './settle-witness';
import { mentionsName } from '../../src/analysis/syntax/mentions-name';
import { resolveExecutorOfFunction, type PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { findErrorChannelReasons } from '../../src/analysis/resources/error-channel';
import { ensureRejectParameter } from '../../src/analysis/edits/reject-parameter';
import { fixer } from '../../src/core/fixer';
import { defineRule, type RuleContext } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import { describeRejectionCall, getHandler, type Handler } from './handler';
import { getRejectionMethod } from './rejection-method';
import { formatBrokenCatchArgument, formatCatch, planCatchBreak, planChainExpansion } from './catch-layout';
import { getCancellationErrorNames, getPromiseKind, isHandledChain, isPromiseFunctionValue, noteTestFileProgram, type PromiseKind } from './promise-expression';
import { getDeclaredTypeReason, getUndefinedReturnReason, withCheckedPromiseKind } from './checked-promise-kind';
import { getHandledReturnCall, isSelfHandledCall, isSelfHandledCallback, isSettledOnReturnCall } from './self-handled';
import { getResolvedPromiseKind } from './resolved-promise';
import { getGuardCallName, isAnsweringCheck } from './guard-call';
import { endsInDoneCallback, isInAssertTest, isInDoneStyleTest, isInTestOrHook } from './done-style-test';
import { isInAngularZoneTest } from './zone-test';
import { isMissingMapReturn } from './missing-map-return';
import { getStartupPlace } from './startup-code';
import { getErrorFirstCallback, isOwnAsyncFunctionCall } from './error-first-callback';
import { collectValues, getKeyedCollection, takesValueOnly } from './keyed-collection';
import { meta, type UnconsumedPromiseOptions } from './meta';
export type { UnconsumedPromiseOptions } from './meta';

export const rule = defineRule<UnconsumedPromiseOptions>({
  meta,
  create(context) {
    if (isTestFilePath(context.filename)) noteTestFileProgram(context.ast.program);
    return {
      ExpressionStatement(path: NodePath) {
        checkStatement(context, path as NodePath<ExpressionStatement>);
      },
      VariableDeclarator(path: NodePath) {
        checkUnreadVariable(context, path as NodePath<VariableDeclarator>);
      },
    };
  },
});


// ---------------------------------------------------------------------------------------------
// Matcher

/**
 * Some statement of the function runs after `statement` (in its block or an enclosing one): a
 * dropped check lets it run whatever the check finds. A check that ends its function (the
 * `verify()` an effect defines and calls last) stops nothing: an ordinary dropped promise.
 */
function hasCodeAfter(statement: NodePath): boolean {
  for (let current: NodePath | null = statement; current?.parentPath; current = current.parentPath) {
    const parent = current.parentPath.node;
    if (isFunctionNode(parent) || parent.type === 'Program') return false;
    // The next round of a loop runs after it too.
    if (/^(?:For|ForIn|ForOf|While|DoWhile)Statement$/.test(parent.type) && (parent as { body: Node }).body === current.node) return true;
    if (parent.type === 'BlockStatement' || parent.type === 'StaticBlock') {
      const rest = parent.body.slice(parent.body.indexOf(current.node as Statement) + 1);
      // Case: `if (current) { verifyWithKey(id); return; }`: a bare `return` runs nothing, and nothing after the block runs either
      if (rest.length > 0 && rest.every((next) => next.type === 'ReturnStatement' && !next.argument)) return false;
      if (rest.length > 0) return true;
    }
    if (parent.type === 'SwitchCase' && parent.consequent.indexOf(current.node as Statement) < parent.consequent.length - 1) return true;
  }
  return false;
}

const FLOATING_ALLOWED_ON_LINE = /eslint-disable-(?:next-)?line\b[^\n]*\bno-floating-promises\b/;
const FLOATING_ALLOWED_IN_FILE = /\/\*\s*eslint-disable\s[^*]*\bno-floating-promises\b/;
/** JetBrains IDEs' suppression of their "result of a call returning a promise is ignored" inspection. */
const IGNORED_PROMISE_INSPECTION_OFF = /\/\/\s*noinspection\b[^\n]*\bJSIgnoredPromiseFromCall\b/;
/** Biome's suppression of its `noFloatingPromises` rule (`// biome-ignore lint/nursery/noFloatingPromises: reason`). */
const BIOME_FLOATING_IGNORED = /\bbiome-ignore\s+lint\/\w+\/noFloatingPromises\b/;

/**
 * typescript-eslint's `no-floating-promises` is turned off for the statement (an
 * `eslint-disable-next-line` comment on the line before, `eslint-disable-line` on its line) or
 * for the file (a `/* eslint-disable … no-floating-promises *\/` block before it), or a JetBrains
 * IDE's inspection of ignored promises is (`// noinspection JSIgnoredPromiseFromCall` on the line
 * before), or Biome's `noFloatingPromises` is (`// biome-ignore lint/nursery/noFloatingPromises: …`
 * on the line before): the author has said the promise is dropped on purpose (grist's RPC test stubs).
 */
function isFloatingAllowedByEslint(context: RuleContext<UnconsumedPromiseOptions>, statement: Node): boolean {
  const text = context.source.text;
  if (FLOATING_ALLOWED_ON_LINE.test(getStatementLines(text, statement))) return true;
  // Case: `// noinspection JSIgnoredPromiseFromCall` on the line before (WebStorm, IntelliJ): the
  // same said to the IDE's inspection (element-web: `managers.getPrimaryManager()?.open(room)`);
  // only that line, not one inside the statement, which speaks of an inner call
  if (IGNORED_PROMISE_INSPECTION_OFF.test(getLineBefore(text, statement))) return true;
  // Case: `// biome-ignore lint/nursery/noFloatingPromises: ignore` on the line before: the same
  // said to Biome's rule (zigbee-herdsman's znp tests: the request's reply is fed after the call)
  if (BIOME_FLOATING_IGNORED.test(getLineBefore(text, statement))) return true;
  return text.includes('no-floating-promises') && FLOATING_ALLOWED_IN_FILE.test(text.slice(0, statement.start!));
}

/** The text of the line before the statement's first line. */
function getLineBefore(text: string, statement: Node): string {
  const lineStart = text.lastIndexOf('\n', statement.start! - 1) + 1;
  if (lineStart === 0) return '';
  return text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
}

/** The statement's text from the start of the line before it to the end of its last line. */
function getStatementLines(text: string, statement: Node): string {
  const lineStart = text.lastIndexOf('\n', statement.start! - 1) + 1;
  const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  const lineEnd = text.indexOf('\n', statement.end!);
  return text.slice(previousStart, lineEnd === -1 ? text.length : lineEnd);
}

function checkStatement(context: RuleContext<UnconsumedPromiseOptions>, path: NodePath<ExpressionStatement>): void {
  const expression = path.node.expression;
  const inner = unwrapExpression(expression);
  if (inner.type === 'CallExpression' && isWithResolvers(path, inner)) {
    context.report({ node: expression, message: '`Promise.withResolvers()` is called and its promise dropped: nothing can ever wait for it. Keep `{ promise, resolve, reject }` or remove the call.' });
    return;
  }
  const dropped = inner.type === 'CallExpression' ? getDroppedAsyncCallbacks(path, inner, context) : null;
  if (dropped) {
    reportDroppedCallbacks(context, path, inner as CallExpression, dropped);
    return;
  }
  const kind = withCheckedPromiseKind(getPromiseKind(path, expression, context.project), expression, context.project);
  // Case: `onConfirm()` where onConfirm's body is one try/catch: its promise cannot reject
  if (!kind || isSelfHandledCall(path, expression)) return;
  // Case: `refresh(id).then(() => setLoading(false))` where `refresh` cannot reject (the checker only sees its `Promise`)
  if (isHandledChain(path, expression)) return;
  // Case: `this.#autoplay()` that returns nothing or a chain ending in `.catch(() => …)`: nothing to handle
  const handledReturn = getHandledReturnCall(path, expression);
  if (handledReturn === 'certain') return;
  // Case: `// eslint-disable-next-line @typescript-eslint/no-floating-promises`: dropped on purpose, and said so
  if (isFloatingAllowedByEslint(context, path.node)) return;
  // Case: `Promise.resolve();`, `ready()` whose every return is `Promise.resolve()`: it cannot reject
  const resolved = getResolvedPromiseKind(path, expression);
  if (resolved === 'settled') return;
  const what = describeExpression(context, inner);
  // Case: `this.prepare(req)`, a public method that only returns `Promise.resolve()`: only an override could reject
  if (resolved === 'overridable') {
    context.report({
      node: expression,
      message:
        `${capitalize(what)} is dropped, but the method this class declares only returns a promise already resolved with a plain value, which cannot reject. ` +
        'Only a subclass that overrides it with work that fails would leave a rejection unhandled: handle or await it there.',
      confidence: 'low',
    });
    return;
  }
  // Case: `cluster.cluster('INFO', (err, res) => { if (err) return callback(err); … })`: a callback
  // API that returns a promise too hands its errors to the callback (error-first-callback.ts) —
  // not an async function of this file: nothing in it can hang a handler on the promise it returns
  if (getErrorFirstCallback(expression) && !isOwnAsyncFunctionCall(path, expression)) {
    context.report({
      node: expression,
      message:
        `${capitalize(what)} is dropped, but the call is handed an error-first callback that handles the error: an API that takes one and returns a promise too passes its errors to the callback and hangs it on that promise, which is then handled. ` +
        'Only an API that leaves its own promise without a handler would leave a rejection unhandled; a `.catch(…)` here would report every error a second time.',
      confidence: 'low',
    });
    return;
  }
  // Case: the checker says `Promise`, the code says it may be `undefined` (strictNullChecks off, a debounced wrapper)
  // Case: `const onUpdate: UpdateFunction = async …` typed as returning `void`: `.catch` would not compile
  const undefinedReason = kind === 'known' ? (getUndefinedReturnReason(path, expression) ?? getDeclaredTypeReason(path, expression, context.project)) : null;
  if (kind === 'maybe' || undefinedReason) {
    // Case: the same from a public method (`this.autoplay()`), which a subclass could replace: `low`
    reportMaybePromise(context, expression, what, undefinedReason, handledReturn === 'overridable');
    return;
  }
  const handler = getHandler(context, path, getCancellationErrorNames(path, expression));
  // Case: the last statement of a `.map` callback that returns nothing: `return` was meant
  if (isMissingMapReturn(path)) {
    context.report({
      node: expression,
      message:
        `${capitalize(what)} is dropped in a \`.map\` callback that returns nothing: the array holds \`undefined\`, so whoever waits for it (\`Promise.all\`) does not wait for this work, and its rejection is unhandled. ` +
        'Return it.',
      fix: { safe: false, description: 'return …', edits: [fixer.insertBefore(path.node, 'return ')] },
    });
    return;
  }
  const message =
    `${capitalize(what)} is dropped: nobody awaits, returns or handles it, so a rejection is unhandled (Node ends the process by default; a browser only reports it) and any result is lost. ` +
    'Mark it a deliberate fire-and-forget with a rejection handler, or `await` it if the caller should wait for it (in a loop, awaiting runs the iterations one after another).';
  // In a test, a handler that logs would turn a failing assertion into a passing test: the
  // test should wait for the work instead (a person decides). Module top-level code of a file
  // under `test/` is no test (a fixture server's `if (require.main === module) startServer();`).
  // Case: `'parses a reply': async (assert) => { … }` in a source file: a test body all the same (done-style-test.ts)
  const assertTest = isInAssertTest(path, context.filename);
  if ((isTestFilePath(context.filename) && !isModuleTopLevel(path)) || assertTest) {
    // Case: `it('…', waitForAsync(() => { fixture.whenStable().then(…); }))`: Angular's test zone
    // waits for the promise and fails the test on its rejection (fakeAsync flushes and rethrows)
    if (isInAngularZoneTest(path)) return;
    // Case: `oneEvent(el, 'done').then(() => (finished = true))`, `finished` asserted later: the
    // test watches the promise; awaiting it would wait for what the test checks comes later
    if (isSettleWitness(path, expression)) {
      context.report({
        node: expression,
        message: `${capitalize(what)} is dropped in a test, and its callback only records that it settled in variables the test reads later: the test watches it rather than waits for it, so awaiting it here would wait for what the test checks has not happened yet. A rejection is still unhandled: add a rejection handler that fails the test if it can reject.`,
        fix: null,
        confidence: 'low',
      });
      return;
    }
    const awaitable = isInAsyncFunction(path);
    // Case: `for (…) { pool.query(…).then(count); } await pool.end();`: the loop starts the work
    // concurrently, which the test may be checking; an `await` in the loop would run the rounds one
    // after another. Collecting and awaiting them together keeps that, but is the author's rewrite.
    const inLoop = awaitable && isInLoop(path);
    // Case: `it('…', (done) => { … })`: the test ends at done(); the runner may catch the rejection
    const doneStyle = !awaitable && isInDoneStyleTest(path);
    // Case: `it('…', (done) => { save(x).then(() => { expect(…); done(); }); })`: a rejection
    // skips the callback that calls done(), so the test fails on its timeout all the same
    const doneOnFulfilment = doneStyle && endsInDoneCallback(expression);
    const advice = inLoop
      ? 'Collect the promises the loop starts and await them together after it (`await Promise.all(…)`): an `await` in the loop would run its rounds one after another.'
      : awaitable
        ? 'Await it.'
        : 'Return or await it from the test (make the test function async).';
    context.report({
      node: expression,
      message: doneOnFulfilment
        ? `${capitalize(what)} is dropped in a callback-style test whose \`done()\` only the last \`.then\` callback of this chain calls: a rejection skips it, so the test fails on its timeout rather than passing, but the error itself goes unhandled and the failure shows only as a timeout. Add \`.catch(done)\` (or return the chain from a test without \`done\`) to see it.`
        : `${capitalize(what)} is dropped in a test: a rejection (a failed assertion) is not reported by the test, and the test may end before the work does. ${advice}${doneStyle ? ' (This test ends at `done()`: whether a rejection fails it depends on the runner catching unhandled rejections.)' : ''}`,
      fix: awaitable && !inLoop ? { safe: false, description: 'await …', edits: [fixer.insertBefore(expression, 'await ')] } : null,
      // Report-only in a test file (no fix: the test function is not async, or the promise is
      // one of a loop's), or in a helper or a
      // fixture page of the test folder: `medium`. Over the labelled samples such findings were
      // 10 real of 35 (a test that checks what runs before the first `await`, a mock or a
      // resolve-only deferred: mattermost's modal manager, formbricks' language tests).
      ...(doneOnFulfilment ? { confidence: 'low' as const } : !awaitable || inLoop || doneStyle || !(assertTest || isInTestOrHook(path)) ? { confidence: 'medium' as const } : {}),
    });
    return;
  }
  // Case: `new Promise((resolve) => { fetch(url).then((r) => resolve(r)); })`: the chain is how the
  // outer promise settles; its rejection goes to the executor's `reject` (a suggestion)
  const executor = findSettlingExecutor(path, expression);
  // Case: a thenable whose type has no `catch` (`.then(undefined, h)`), or no `then` that takes a rejection callback either (no fix)
  const method = getRejectionMethod(path, expression, kind === 'known', context.project);
  if (executor) {
    if (method === 'none') reportUnhandleableThenable(context, expression, what);
    else reportExecutorChain(context, expression, executor, what, method);
    return;
  }
  // Case: `assertEnvelopeMutable(envelope)`: a check whose rejection should stop what follows;
  // a handler that logs would silence it, so the fix is `await` (a person confirms)
  const guard = getGuardCallName(expression);
  if (guard !== null && inner.type !== 'NewExpression' && hasCodeAfter(path) && !isAnsweringCheck(path, expression)) {
    const awaitable = isInAsyncFunction(path);
    context.report({
      node: expression,
      message:
        `${capitalize(what)} is dropped, and \`${guard}\` is a check: the code after it runs whatever the check finds, and its rejection is unhandled. ` +
        `${awaitable ? 'Await it' : 'Await it (the calling function must become async)'}; a rejection handler that only logs would silence the check.`,
      fix: awaitable ? { safe: false, description: 'await …', edits: awaitEdits(expression) } : null,
      // Report-only on an async check that awaits nothing: its work is done when the call returns.
      ...(!awaitable && isSettledOnReturnCall(path, expression) ? { confidence: 'medium' as const } : {}),
    });
    return;
  }
  // Case: `try { AccountStore.addAccount(account); } catch (e) { showErrorDialog(e); }` in an async
  // function: the `catch` was written for its failure, which a rejection skips; `await` sends it
  // there (a suggestion: the function then waits for the work). A handler that logs would bypass
  // what the `catch` does.
  // Not a settle hook (`peer.killed.finally(() => socket.close())`): it says what to do when the
  // promise settles, often the end of a connection; awaiting it would hold the function until then.
  // Nor a call whose input the code after it feeds (`upload({ body: passthrough })`, then
  // `passthrough.push(chunk)` in a loop): awaiting it first would wait for ever.
  if (inner.type !== 'NewExpression' && isInAsyncFunction(path) && !isInLoop(path) && isInTryWithHandler(path) && !isSettleHook(expression) && !isFedByCodeAfter(path, expression)) {
    context.report({
      node: expression,
      message:
        `${capitalize(what)} is dropped inside a \`try\` whose \`catch\` handles errors: a rejection skips that \`catch\` and is unhandled. ` +
        'Await it, so the `catch` gets its failure (the function then waits for it); a rejection handler that only logs would bypass what the `catch` does.',
      fix: { safe: false, description: 'await …', edits: awaitEdits(expression) },
    });
    return;
  }
  // Case: `preferAwait`: inside an async function the dropped promise may be a missing `await`;
  // a person chooses (not in a loop, where awaiting would run concurrent iterations one after
  // another; not `new Promise`, which may never settle). By default the fix keeps the
  // fire-and-forget the code does (a request handler that notifies Slack should not wait for it).
  if (context.options.preferAwait && isInAsyncFunction(path) && !isInLoop(path) && inner.type !== 'NewExpression') {
    context.report({
      node: expression,
      message:
        `${capitalize(what)} is dropped inside an async function: the function goes on, and may return, before the work ends, and a rejection is unhandled. ` +
        `If the function should wait for it, \`await\` it (the suggestion); if the work should run on in the background, mark it: \`void … ${describeRejectionCall({ method: method === 'then' ? 'then' : 'catch', short: handler.short })}\`.`,
      fix: { safe: false, description: 'await …', edits: awaitEdits(expression) },
    });
    return;
  }
  if (method === 'none') {
    reportUnhandleableThenable(context, expression, what);
    return;
  }
  const mark = voidMark(context);
  const placed: Handler = { ...handler, method };
  context.report({
    node: expression,
    message: message + thenableNote(method) + describeReporterNotes(context) + startupNote(context, path),
    fix: {
      safe: decideSafe(kind, handler, context, path),
      description: `${mark}… ${describeRejectionCall(placed)}`,
      edits: [...handler.edits, ...catchEdits(expression, placed, context, mark)],
    },
  });
}

/** Why the handler goes in `.then(undefined, …)`: the value is a thenable with no `catch` (rejection-method.ts). */
function thenableNote(method: 'catch' | 'then'): string {
  return method === 'then' ? ' It is a thenable that is not a native promise and has no `.catch` (a `.catch` would not type-check, and would throw where the value has none): the handler goes in `.then(undefined, …)`.' : '';
}

/**
 * A thenable with neither a `catch` nor a `then` that takes a rejection callback (the checker's
 * word): no handler can be attached to it, so there is no fix; `low`, as nothing shows it rejects.
 */
function reportUnhandleableThenable(context: RuleContext<UnconsumedPromiseOptions>, expression: Node, what: string): void {
  context.report({
    node: expression,
    message:
      `${capitalize(what)} is dropped, but its value is a thenable that is not a native promise, with no \`.catch\` and a \`then\` that takes no rejection callback: no handler can be attached to it. ` +
      'Low confidence: nothing shows it rejects; if it can, await it where the caller should wait for it.',
    confidence: 'low',
  });
}

/**
 * The executor of a `new Promise` the statement settles: the nearest executor around the
 * statement (in its own code or in a callback written in it: `fs.readFile(p, (err, data) => {
 * fetch(data).then(resolve) })`), whose `resolve` the statement reads, and whose `reject`, when
 * it has one, is what that name means at the statement.
 */
function findSettlingExecutor(path: NodePath<ExpressionStatement>, expression: Node): PromiseExecutor | null {
  for (let fn = path.findParent((parent) => isFunctionNode(parent.node)); fn; fn = fn.findParent((parent) => isFunctionNode(parent.node))) {
    const executor = resolveExecutorOfFunction(fn);
    if (!executor) continue;
    const isOwn = (name: string): boolean => findBinding(path, name)?.declaration === executor.fn;
    if (!mentionsName(expression, executor.resolve) || !isOwn(executor.resolve) || (executor.reject && !isOwn(executor.reject))) return null;
    return executor;
  }
  return null;
}

/**
 * A chain dropped in a `new Promise` executor that it settles: a handler that logs would leave
 * the outer promise pending for ever when the chain rejects. `.catch(reject)` settles it (the
 * executor gets a `reject` parameter when it has none). A `suggestion`: the caller now sees a
 * rejection where it used to wait for ever.
 */
function reportExecutorChain(context: RuleContext<UnconsumedPromiseOptions>, expression: Node, executor: PromiseExecutor, what: string, method: 'catch' | 'then'): void {
  const reject = ensureRejectParameter(executor, context.source.text);
  const handler: Handler = { text: reject.name, head: '', body: { kind: 'name' }, short: reject.name, inScope: true, edits: [], method };
  const mark = voidMark(context);
  context.report({
    node: expression,
    message:
      `${capitalize(what)} is dropped in the executor of a \`new Promise\` that it settles: when it rejects, nothing resolves or rejects that promise, and whoever awaits it waits for ever. ` +
      `Hand its rejection to the executor's \`${reject.name}\`${executor.reject ? '' : ' (a new parameter)'}: the promise then rejects where it used to hang.`,
    fix: {
      safe: false,
      description: `${mark}… ${describeRejectionCall(handler)}`,
      edits: [...reject.edits, ...catchEdits(expression, handler, context, mark)],
    },
  });
}

/**
 * The component's template or markup reads `name` in one of its expressions: Svelte's `{…}` tags
 * (`{#await modules}`, `{value}`, `attr={value}`), Vue's `{{ … }}` and bound attributes
 * (`:prop="…"`, `v-if="…"`, `@click="…"`). A word of its own, not a property (`x.name`) or a
 * longer name; plain text and static attributes (`data-id`) do not count.
 */
function isReadByMarkup(context: RuleContext<UnconsumedPromiseOptions>, name: string): boolean {
  const sfc = context.sfc;
  if (!sfc?.markup) return false;
  const word = new RegExp(`(?<![\\w$.])${name.replace(/[$]/g, '\\$')}(?![\\w$])`);
  // A `<style>` block's rules have braces too.
  const markup = sfc.markup.replace(/<style\b[\s\S]*?<\/style\s*>/gi, '');
  const expressions =
    sfc.kind === 'svelte'
      ? markup.match(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g)
      : markup.match(/\{\{[\s\S]*?\}\}|(?:^|\s)(?::|v-|@|#)[\w:.\-[\]]*\s*=\s*(?:"[^"]*"|'[^']*')/g);
  return (expressions ?? []).some((expression) => word.test(expression));
}

function checkUnreadVariable(context: RuleContext<UnconsumedPromiseOptions>, path: NodePath<VariableDeclarator>): void {
  const declarator = path.node;
  if (declarator.id.type !== 'Identifier' || !declarator.init) return;
  const declaration = path.parent;
  if (declaration?.type !== 'VariableDeclaration' || (declaration.kind !== 'const' && declaration.kind !== 'let')) return;
  // Case: `export const ready = load()`: other modules read it
  if (path.parentPath?.parent?.type === 'ExportNamedDeclaration') return;
  const kind = withCheckedPromiseKind(getPromiseKind(path, declarator.init, context.project), declarator.init, context.project);
  if (!kind || kind === 'maybe') return;
  const binding = findBinding(path, declarator.id.name);
  if (!binding || binding.identifier !== declarator.id || findBindingReferences(path, binding).length > 0) return;
  // Case: Svelte's `{#await modules}`, Vue's `{{ ready }}`: the component's markup reads a top-level binding of its script.
  if (binding.scope.type === 'Program' && isReadByMarkup(context, declarator.id.name)) return;
  const method = getRejectionMethod(path, declarator.init, kind === 'known', context.project);
  if (method === 'none') {
    reportUnhandleableThenable(context, declarator, `${describeExpression(context, unwrapExpression(declarator.init))} kept in \`${declarator.id.name}\` (never read)`);
    return;
  }
  const handler: Handler = { ...getHandler(context, path, getCancellationErrorNames(path, declarator.init)), method };
  context.report({
    node: declarator,
    message:
      `\`${declarator.id.name}\` holds ${describeExpression(context, unwrapExpression(declarator.init))} and is never read: nobody waits for it, and a rejection is unhandled. ` +
      `Handle its rejection, or \`await\` / return \`${declarator.id.name}\` where the result is needed.` +
      thenableNote(method) +
      describeReporterNotes(context) +
      startupNote(context, path),
    fix: { safe: decideSafe(kind, handler, context, path), description: describeRejectionCall(handler), edits: [...handler.edits, ...catchEdits(declarator.init, handler, context)] },
  });
}

/**
 * The checker says the value is a promise or not (`Promise<void> | undefined`, `void |
 * Promise<void>`): `.catch` may not exist on it, so there is no fix; a person decides.
 */
function reportMaybePromise(context: RuleContext<UnconsumedPromiseOptions>, expression: Node, what: string, reason: string | null = null, handledUnlessOverridden = false): void {
  context.report({
    node: expression,
    message:
      `${capitalize(what.replace(/^the promise of /, 'the value of '))} may be a promise (${reason ?? 'its type is a union of a promise and other values'}) and is dropped: if it is one, nobody awaits, returns or handles it. ` +
      'Await it, or handle its rejection where it is a promise.' +
      (handledUnlessOverridden ? ' Low confidence: the method returns nothing or a chain that handles its own rejection; only a subclass that replaces it could return one that rejects.' : ''),
    confidence: handledUnlessOverridden ? 'low' : 'medium',
  });
}

function isWithResolvers(path: NodePath, call: CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'Promise' &&
    getPropertyName(callee) === 'withResolvers' &&
    isGlobalReference(path, 'Promise')
  );
}

/** `arr.map(async …)` / `arr.forEach(async …)` as a statement: the method, or `null`. */
function getDroppedAsyncCallbacks(path: NodePath, call: CallExpression, context: RuleContext<UnconsumedPromiseOptions>): 'map' | 'forEach' | null {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || call.arguments.length === 0) return null;
  const method = getPropertyName(callee);
  if (method !== 'map' && method !== 'forEach') return null;
  const callback = call.arguments[0]!;
  if (callback.type === 'SpreadElement' || callback.type === 'ArgumentPlaceholder') return null;
  if (!isPromiseFunctionValue(path, callback, context.project) || !isGlobalReference(path, 'Promise')) return null;
  // Case: `Object.entries(rules).forEach(async ([id, rule]) => { try { … } catch (e) { log(e) } })`:
  // each callback catches every error itself, so no promise can reject; forEach says the author
  // does not wait for them (an `await Promise.all(…)` would change when the caller goes on)
  if (method === 'forEach' && isSelfHandledCallback(callback, path)) return null;
  return method;
}

function reportDroppedCallbacks(context: RuleContext<UnconsumedPromiseOptions>, path: NodePath, call: CallExpression, method: 'map' | 'forEach'): void {
  const handler = getHandler(context, path, getCancellationErrorNames(path, call));
  const { object: receiver, property } = call.callee as { object: Node; property: Node };
  // Case: `const deduped = new Set(batch); deduped.forEach(async …)`: a Set or Map has no `map`
  const collection = method === 'forEach' ? getKeyedCollection(path, receiver) : null;
  const collected = collection !== null && takesValueOnly(call.arguments[0]!);
  const rename: TextEdit[] = method === 'forEach' ? [fixer.replace(property, 'map')] : [];
  if (collected) rename.push(fixer.replace(receiver, collectValues(collection, context.getText(receiver), receiver)));
  const awaitInstead = method === 'forEach' && isInAsyncFunction(path) && !isInLoop(path);
  const mark = voidMark(context);
  const edits = awaitInstead
    ? [fixer.insertBefore(call, 'await Promise.all('), ...rename, fixer.insertAfter(call, ')')]
    : [...handler.edits, fixer.insertBefore(call, `${mark}Promise.all(`), ...rename, fixer.insertAfter(call, formatCatch(call, ')', handler, context))];
  const message =
    `\`${method}(async …)\` drops the promises of its callbacks: their rejections are unhandled and nobody can tell when they have all finished. ` +
    (awaitInstead
      ? '`await Promise.all(….map(async …))` still runs them concurrently, and waits for all of them.'
      : 'Collect them with `Promise.all(….map(async …))` and handle its rejection.') +
    (awaitInstead ? '' : describeReporterNotes(context)) +
    startupNote(context, path);
  if (collection !== null && !collected) {
    // The callback reads the key or the collection: `map` over the values would pass other arguments
    context.report({ node: call, message: `${message} No fix: the receiver is a ${collection}, which has no \`map\`, and the callback takes more than the value.` });
    return;
  }
  context.report({
    node: call,
    message: collected ? `${message} The receiver is a ${collection}, which has no \`map\`: its values are collected first (\`${collection === 'Set' ? 'Array.from(…)' : 'Array.from(….values())'}\`).` : message,
    fix: {
      // forEach → map assumes an array (a Map or Set has forEach but no map): a person checks.
      safe: method === 'map' && decideSafe('known', handler, context, path),
      description: awaitInstead ? `await Promise.all(${collected ? 'Array.from(…)' : '…'}.map(async …))` : `${mark}Promise.all(${collected ? 'Array.from(…)' : '…'}.map(async …)).catch(${handler.short})`,
      edits,
    },
  });
}

function isInAsyncFunction(path: NodePath): boolean {
  const fn = path.findParent((parent) => isFunctionNode(parent.node));
  return fn !== null && (fn.node as { async?: boolean }).async === true;
}

/**
 * The statement is inside the block of a `try` (not its `catch` or `finally`) of its own function,
 * whose `catch` does something: `try { save(); } catch (error) { report(error); }`.
 */
function isInTryWithHandler(statement: NodePath): boolean {
  for (let current: NodePath | null = statement; current?.parentPath && !isFunctionNode(current.parentPath.node); current = current.parentPath) {
    const parent = current.parentPath.node;
    if (parent.type === 'TryStatement' && parent.block === current.node) return !!parent.handler && parent.handler.body.body.length > 0;
  }
  return false;
}

const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** The statement runs once per iteration of a loop of its own function. */
function isInLoop(path: NodePath): boolean {
  for (let current = path.parentPath; current && !isFunctionNode(current.node); current = current.parentPath) {
    if (LOOPS.has(current.node.type)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Fix

/**
 * Fix level in one place: auto only for a known native promise and a handler in scope, inside
 * a function (not at module top level nor in start-up code it runs right away, see below); never in a test file (a handler that logs would let a failing assertion pass); and in a published
 * library only with the library's own reporter (`onError`): `console.error` is not a
 * library's error channel, its callers decide what is logged.
 */
function decideSafe(kind: PromiseKind, handler: Handler, context: RuleContext<UnconsumedPromiseOptions>, path: NodePath): boolean {
  return kind === 'known' && handler.inScope && !isTestFilePath(context.filename) && describeReporterNotes(context) === '' && startupPlace(context, path) === null;
}

/**
 * Module top level (not inside any function): in a Node script (`main();`) an unhandled
 * rejection ends the process with exit code 1, which scripts and CI steps rely on; a handler
 * that logs would make a failed script exit 0.
 */
function isModuleTopLevel(path: NodePath): boolean {
  return path.findParent((parent) => isFunctionNode(parent.node)) === null;
}

const TOP_LEVEL_NOTE =
  ' At module top level a Node script that rejects here exits with code 1; a handler that only logs would make it exit 0: keep the failure (e.g. set `process.exitCode = 1` in the handler) where that matters.';

/**
 * Start-up code, run once as the module loads (startup-code.ts): a callback of a chain or an
 * immediately invoked function at module top level. Today a rejection there ends the Node
 * process; a handler that only logs would keep a program whose start-up failed running.
 */
const STARTUP_NOTE =
  ' This code runs once as the module loads (started from module top level): in Node a rejection here ends the process today; a handler that only logs would keep a program whose start-up failed running: keep the failure (end the process, or set `process.exitCode = 1`) where that matters.';

function startupNote(context: RuleContext<UnconsumedPromiseOptions>, path: NodePath): string {
  const place = startupPlace(context, path);
  return place === 'top-level' ? TOP_LEVEL_NOTE : place === 'startup' ? STARTUP_NOTE : '';
}

/**
 * getStartupPlace, except in a component's script (Vue, Svelte): its top level runs for each
 * instance, in a browser; and except in code that shows it runs in a page or worker
 * (code-environment.ts `fileRunsInPage`: a DOM or worker global, a component, `'use client'`;
 * JSX or a UI framework import alone is no sign — an Ink CLI, a render-to-string build script):
 * there no exit code or failed start-up hangs on a rejection — the browser only reports it, as
 * a handler that logs does.
 */
function startupPlace(context: RuleContext<UnconsumedPromiseOptions>, path: NodePath): 'top-level' | 'startup' | null {
  const place = getStartupPlace(path);
  if (place === null) return null;
  if (place === 'startup' && context.sfc) return null;
  return fileRunsInPage(context) ? null : place;
}

/**
 * Why a handler should not be added on unleak's own say: the project's lint allows dropped
 * promises, or `console.error` is not its error channel while `onError` names no reporter
 * (src/analysis/resources/error-channel.ts) — each a sentence for the message, and each makes
 * the fix a suggestion (decideSafe). `''` when there is none.
 */
function describeReporterNotes(context: RuleContext<UnconsumedPromiseOptions>): string {
  return describeFloatingChoice(context) + describeErrorChannelNotes(context);
}

/**
 * The project's lint turns `no-floating-promises` off: the maintainers drop promises on purpose
 * (PeerTube's client drops 45), so a handler added to each is theirs to choose, whatever `onError` says.
 */
function describeFloatingChoice(context: RuleContext<UnconsumedPromiseOptions>): string {
  const off = context.settings.floatingPromisesOff;
  return off ? ` The project's lint turns ${off} off, so dropped promises are its choice here: apply the fix where this one should be handled.` : '';
}

/** Why `console.error` is not the project's error channel; `''` when `onError` names its reporter. */
function describeErrorChannelNotes(context: RuleContext<UnconsumedPromiseOptions>): string {
  if (context.options.onError) return '';
  return findErrorChannelReasons(context)
    .map((reason) => {
      switch (reason.kind) {
        case 'library':
          return " This file is part of a published library, where `console.error` is not the error channel: hand the rejection to the library's own error path (or set `onError` to its reporter).";
        case 'tracker':
          return ` The project reports errors with ${reason.tracker}, which catches unhandled rejections: \`console.error\` would hide this one from it. Set \`onError\` to its reporter (for Sentry, \`Sentry.captureException\`) to make this fix automatic.`;
        case 'no-console':
          return ` The project's lint forbids \`console\` (${reason.lint}): set \`onError\` to its reporter to make this fix automatic.`;
        case 'rejection-handler':
          return ` The package handles unhandled rejections itself (${reason.file}:${reason.line}): \`console.error\` would take this one away from that handler. Set \`onError\` to the package's reporter to make this fix automatic.`;
      }
    })
    .join('');
}

/** `await` before an expression, with parentheses unless it is a call (`await (p as Promise<T>)`). */
function awaitEdits(expression: Node): TextEdit[] {
  if (['CallExpression', 'OptionalCallExpression'].includes(expression.type)) return [fixer.insertBefore(expression, 'await ')];
  return [fixer.insertBefore(expression, 'await ('), fixer.insertAfter(expression, ')')];
}

/** `.catch(h)` after an expression, with parentheses only where precedence needs them. */
function wrapForCatch(expression: Node, handler: Handler, context: RuleContext<UnconsumedPromiseOptions>): { before: string; after: string } {
  const direct = ['CallExpression', 'OptionalCallExpression', 'NewExpression'].includes(expression.type);
  // The edits go inside any parentheses of the node itself: `(save())` → `(void save().catch(h))`.
  if (direct) return { before: '', after: formatCatch(expression, '', handler, context) };
  return { before: '(', after: formatCatch(expression, ')', handler, context) };
}

/** `void ` before a dropped promise, or `''` where the project's lint forbids `void` (standard, airbnb, xo): the `.catch(…)` alone marks it. */
function voidMark(context: RuleContext<UnconsumedPromiseOptions>): string {
  return context.settings.noVoid ? '' : 'void ';
}

/** `mark` (`void `) and any parentheses before the expression, `.catch(h)` after it. */
function catchEdits(expression: Node, handler: Handler, context: RuleContext<UnconsumedPromiseOptions>, mark = ''): TextEdit[] {
  const wrap = wrapForCatch(expression, handler, context);
  const prefix = `${mark}${wrap.before}`;
  return [...(prefix ? [fixer.insertBefore(expression, prefix)] : []), ...fitCatch(expression, prefix, wrap.after, handler, context)];
}

/**
 * `after` (the `.catch(…)`) inserted after the call; when `prefix` and it push the call's line
 * past the print width, the handler or the call's own arguments broken as prettier breaks them
 * (catch-layout.ts).
 */
function fitCatch(expression: Node, prefix: string, after: string, handler: Handler, context: RuleContext<UnconsumedPromiseOptions>): TextEdit[] {
  // `(p as Promise<T>)` gets parentheses: the call is not the one the `.catch` follows directly.
  // Case: `p.then((x) => {\n…\n})`: the chain broken one call per line, as prettier prints it once `.catch` follows
  const expansion = prefix.endsWith('(') || after.startsWith(')') ? null : planChainExpansion(expression, handler, context);
  if (expansion) return expansion;
  const plan = prefix.endsWith('(') ? null : planCatchBreak(expression, prefix, after, handler, context);
  if (plan?.kind === 'handler') return [fixer.insertAfter(expression, formatBrokenCatchArgument(handler, context.source.indentAt(expression.start!), plan.hugHead, context))];
  return [...(plan ? [plan.edit] : []), fixer.insertAfter(expression, after)];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A noun phrase for the dropped promise: "the promise of `save()`". */
function describeExpression(context: RuleContext<UnconsumedPromiseOptions>, node: Node): string {
  if (node.type === 'NewExpression') return 'a new promise';
  const callee = node.type === 'CallExpression' || node.type === 'OptionalCallExpression' ? unwrapExpression(node.callee) : null;
  if (callee && (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression')) {
    const method = getPropertyName(callee);
    if (method === 'then' || method === 'finally') return `a promise chain that ends in \`.${method}(…)\` without a rejection handler`;
  }
  // Case: `(async () => { … })()`: the function's text is its whole body
  if (callee && (callee.type === 'ArrowFunctionExpression' || callee.type === 'FunctionExpression')) {
    const name = callee.type === 'FunctionExpression' && callee.id ? ` \`${callee.id.name}\`` : '';
    return `the promise of the immediately invoked async function${name}`;
  }
  const text = callee ? context.getText(callee).replace(/\s*\n\s*/g, ' ') : 'the expression';
  return `the promise of \`${text.length > 40 ? `${text.slice(0, 39)}…` : text}()\``;
}

/** `promise.finally(cleanup)`: the chain ends in `.finally(…)`. */
function isSettleHook(expression: Node): boolean {
  const node = unwrapExpression(expression);
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(node.callee as Node);
  return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'finally';
}

/** Methods that feed a stream or queue a call was handed. */
const FEED_METHODS = new Set(['write', 'push', 'end', 'enqueue']);

/**
 * A local the dropped call is handed (an argument, or a value in an options object it gets)
 * is written to later in the same function: `httpFetch({ body: passthrough })` and then
 * `passthrough.push(data)` in a loop after it. The call's work waits for that input, so an
 * `await` before the code that feeds it would wait for ever.
 */
function isFedByCodeAfter(statement: NodePath, expression: Node): boolean {
  const names = new Set<string>();
  const collect = (node: Node | null | undefined, parent: Node | null): void => {
    if (!node || typeof node !== 'object' || isFunctionNode(node)) return;
    if (node.type === 'Identifier') {
      const isKey = (parent?.type === 'ObjectProperty' && parent.key === node && !parent.computed) || ((parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && parent.property === node && !parent.computed);
      if (!isKey && findBinding(statement, node.name)) names.add(node.name);
      return;
    }
    for (const key of Object.keys(node) as Array<keyof Node>) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      const value = node[key] as unknown;
      if (Array.isArray(value)) for (const item of value) collect(item as Node, node);
      else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') collect(value as Node, node);
    }
  };
  const call = unwrapExpression(expression);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return false;
  for (const argument of call.arguments) collect(argument as Node, call);
  if (names.size === 0) return false;
  const fn = statement.findParent((parent) => isFunctionNode(parent.node));
  const after = statement.node.end ?? Number.POSITIVE_INFINITY;
  let fed = false;
  const visit = (node: Node | null | undefined): void => {
    if (fed || !node || typeof node !== 'object') return;
    if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && (node.start ?? 0) >= after) {
      const callee = unwrapExpression(node.callee as Node);
      if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && callee.object.type === 'Identifier' && names.has(callee.object.name) && FEED_METHODS.has(getPropertyName(callee) ?? '')) {
        fed = true;
        return;
      }
    }
    for (const key of Object.keys(node) as Array<keyof Node>) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      const value = node[key] as unknown;
      if (Array.isArray(value)) for (const item of value) visit(item as Node);
      else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') visit(value as Node);
    }
  };
  if (fn) visit((fn.node as { body: Node }).body);
  return fed;
}
