/**
 * fetch-timeout — a network call that can hang for ever (Go: an HTTP request without a
 * context deadline).
 *
 * Before:  const res = await fetch(url, { method: 'POST' });
 * After:   const res = await fetch(url, { method: 'POST', signal: AbortSignal.timeout(10_000) });
 *
 * With a signal in scope the deadline is merged with it
 * (`signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)])`); an `axios.create`
 * instance gets `timeout: 10_000` once in its config; `got` gets `timeout: { request: 10_000 }`.
 *
 * Fix level: `auto` when the options argument is absent or an object literal; `suggestion`
 * when it is a variable or has a `...spread`, when the response is streamed or downloaded
 * (`res.body.getReader()`, `res.blob()`, `res.text()` of a URL the caller passes in or of a
 * script: a deadline would cut it), when the request sends a
 * body other than a small literal one (request-upload.ts: a deadline would cut the upload or
 * the server's work), or when it is made in a function that forwards its caller's options (a
 * project's API client: forwarded-request-options.ts), or when a test of the module asserts the
 * request's exact arguments (asserted-arguments.ts: the fix would fail it); `none` when the runtime
 * target lacks an API the fix needs and no helper is configured, or arguments are ambiguous.
 * Clients: fetch (global, node-fetch, undici), axios (+ instances), http/https, undici
 * request/stream, got, and project wrappers from the `fetchFunctions` option.
 */
import { findErrorChannelReasons } from '../../src/analysis/resources/error-channel';
import { isScriptOrExamplePath, isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import { isMockedTransport } from './mocked-transport';
import { findExportedRequestFunction, findUnwaitedRequest, type UnwaitedRequest } from './unwaited-request';
import { planReportOnly, type CollectedReportOnly } from './test-support-module';
import { describeForwardedSignal } from './forwarding-callers';
import { describeServiceWorkerModule, findServiceWorkerEvent } from './service-worker-event';
import { describeEdgeFunction } from './edge-function';
import { describePageElementUrl } from './page-element-url';
import { fileCodeEnvironment } from '../../src/analysis/syntax/code-environment';
import { describeSameOriginAsset } from './same-origin-asset';
import type { CallExpression, Node } from '@babel/types';
import { findMissingAbortApiBranch } from './abort-api-branch';
import { describeArgumentAssertions, findArgumentAssertions, type ArgumentAssertion } from './asserted-arguments';
import { addImports } from '../../src/analysis/edits/add-import';
import { addObjectProperty, layoutObjectLiteral } from '../../src/analysis/edits/add-object-property';
import { buildDeadlineSignal, type AbortHelperNames } from '../../src/analysis/resources/deadline-signal';
import { findObjectProperty, getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findDispatcherTimeout } from './dispatcher-timeout';
import { formatTimeout, getTimeoutExpressionRoot, type TimeoutSetting } from '../../src/analysis/edits/format-timeout';
import { resolveHttpRequestCall, type FetchFunction, type HttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findAxiosInstanceReach, type AxiosInstanceReach } from './axios-instance-reach';
import { findForwardedOptions, type ForwardedOptions } from './forwarded-request-options';
import { findOptionsLiteral, findRequestInputSignal, isRequestBounded } from './request-deadline';
import { findRequestUpload, type RequestUpload } from './request-upload';
import { describePersonTypedUrl } from './unbounded-url';
import { describeLocalSchemeGuard } from './local-scheme-guard';
import { findStreamedResponseRead, type ResponseRead } from './response-usage';
import { findSignalInScope, type SignalInScope } from '../../src/analysis/resources/signal-in-scope';
import { quoteCode } from '../../src/analysis/syntax/quote-code';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { fixer } from '../../src/core/fixer';
import { defineRule, type RuleContext, type RuntimeTarget } from '../../src/core/rule';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { resolveFunctionReference } from '../../src/analysis/syntax/named-function';
import type { TextEdit } from '../../src/core/finding';
import { meta, type FetchFunctionsOption, type FetchTimeoutOptions } from './meta';
export type { AbortHelpersOption, FetchFunctionsOption, FetchTimeoutOptions } from './meta';

// ---------------------------------------------------------------------------------------------
// Options

function toFetchFunctions(option: FetchFunctionsOption): FetchFunction[] {
  return Object.entries(option).map(([name, setting]) => {
    if (typeof setting === 'string') return { name, deadline: setting, argument: 1 };
    const wrapper: FetchFunction = { name, deadline: setting.deadline ?? 'signal', argument: setting.argument ?? 1 };
    if (setting.timeoutMs !== undefined) wrapper.timeoutMs = setting.timeoutMs;
    return wrapper;
  });
}

// ---------------------------------------------------------------------------------------------
// Rule

export const rule = defineRule<FetchTimeoutOptions>({
  meta,
  create(context) {
    const wrappers = toFetchFunctions(context.options.fetchFunctions);
    return {
      CallExpression(path: NodePath) {
        const callPath = path as NodePath<CallExpression>;
        const request = resolveHttpRequestCall(callPath, wrappers);
        if (!request || isCovered(callPath, request, context)) return;
        // Case: a test that replaced the client's transport (`globalThis.fetch = vi.fn(…)`,
        // `axios.defaults.adapter = mock`): its requests never reach the network.
        if (isTestFilePath(context.filename) && isMockedTransport(callPath, request)) return;
        reportRequest(context, callPath, request);
      },
    };
  },
  // A `high` report-only finding in a module only tests import is `medium` (test-support-module.ts).
  project: { plan: planReportOnly },
});


// ---------------------------------------------------------------------------------------------
// Matcher: is the request already bounded?

function isCovered(path: NodePath<CallExpression>, request: HttpRequestCall, context: RuleContext<FetchTimeoutOptions>): boolean {
  // Case: calls on a same-file axios instance: the one finding is at its `axios.create`
  if (request.client === 'axios-instance') return true;
  // Case: `fetch(canvas.toDataURL())`, `fetch(pathToFileURL(file))`: reads memory or a local file, not the network; it cannot hang.
  if (isFetchClient(request) && isInMemoryUrl(path, path.node.arguments[0])) return true;
  // Case: `if (att.url.startsWith('blob:')) { await fetch(att.url) }`: the code has tested that the URL is local
  if (isFetchClient(request) && describeLocalSchemeGuard(path, path.node.arguments[0]) !== null) return true;
  return isRequestBounded(path, request, context.project);
}

const IN_MEMORY_SCHEME = /^(?:data|blob|file):/i;

/**
 * A `data:`, `blob:` or `file:` URL: a literal, `x.toDataURL(...)`, `URL.createObjectURL(...)`,
 * `pathToFileURL(...)` of `node:url`, or a `const` holding one. (A `file:` URL is read from the
 * local disk, in Electron or a browser; Node's own `fetch` rejects it at once.)
 */
function isInMemoryUrl(path: NodePath, node: Node | undefined, depth = 0): boolean {
  if (!node) return false;
  if (node.type === 'StringLiteral') return IN_MEMORY_SCHEME.test(node.value);
  if (node.type === 'TemplateLiteral') return IN_MEMORY_SCHEME.test(node.quasis[0]?.value.cooked ?? '');
  // Case: `fetch(pathToFileURL(file).href)`
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && getPropertyName(node) === 'href' && depth === 0) return isPathToFileUrlCall(path, unwrapExpression(node.object));
  if (node.type === 'CallExpression') {
    const callee = unwrapExpression(node.callee);
    if (isPathToFileUrlCall(path, node)) return true;
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
    return getPropertyName(callee) === 'toDataURL' || getMemberChain(callee) === 'URL.createObjectURL';
  }
  if (node.type === 'Identifier' && depth === 0) {
    const binding = findBinding(path, node.name);
    const declaration = binding?.kind === 'const' && binding.declaration.type === 'VariableDeclarator' ? binding.declaration : null;
    return declaration !== null && isInMemoryUrl(path, declaration.init ?? undefined, depth + 1);
  }
  return false;
}

/** `pathToFileURL(p)` imported from `node:url` (or `url`), or `url.pathToFileURL(p)` on that module's namespace. */
function isPathToFileUrlCall(path: NodePath, node: Node): boolean {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type === 'Identifier') return getImportedFrom(path, callee.name, 'pathToFileURL');
  if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'pathToFileURL') {
    const object = unwrapExpression(callee.object);
    return object.type === 'Identifier' && getImportedFrom(path, object.name, '*');
  }
  return false;
}

/** `name` is bound to `imported` (`*`: the namespace or default) of `node:url` / `url`, by `import` or `require` (module-reference.ts). */
function getImportedFrom(path: NodePath, name: string, imported: string): boolean {
  const reference = resolveModuleReference(path, name);
  if (reference?.source !== 'url') return false;
  return imported === '*' ? reference.imported === '*' || reference.imported === 'default' : reference.imported === imported;
}

function isFetchClient(request: HttpRequestCall): boolean {
  return request.client === 'fetch' || request.client === 'node-fetch' || request.client === 'undici-fetch';
}

// ---------------------------------------------------------------------------------------------
// Messages

function describeProblem(request: HttpRequestCall): string {
  const call = `\`${request.name}(…)\``;
  switch (request.client) {
    case 'axios':
      return `${call} has neither \`signal\` nor \`timeout\`: the request can hang for ever.`;
    case 'axios-create':
      return `Requests made with this axios instance have no \`timeout\`: they can hang for ever. Set it once in ${call}.`;
    case 'http': {
      const hasTimeout = request.options.kind === 'object' && findObjectProperty(request.options.node, 'timeout');
      const note = hasTimeout ? ' Its `timeout` option only emits a \'timeout\' event; it does not end the request.' : '';
      return `${call} has no \`signal\`: the request can hang for ever.${note}`;
    }
    case 'undici':
      return `${call} has no \`signal\`, \`headersTimeout\` or \`bodyTimeout\`: the request can hang for ever.`;
    case 'got':
      return `${call} has neither \`timeout\` nor \`signal\`: the request can hang for ever.`;
    case 'wrapper':
      return `${call} has no \`${request.wrapper!.deadline}\`: the request can hang for ever.`;
    default: {
      const ignoredTimeout = request.client !== 'node-fetch' && request.options.kind === 'object' && findObjectProperty(request.options.node, 'timeout');
      return `${call} has no \`signal\`: the request can hang for ever.${ignoredTimeout ? ' (`timeout` is not a fetch option; fetch ignores it.)' : ''}`;
    }
  }
}

/**
 * Why a deadline is only suggested: `AbortSignal.timeout` (and got's `timeout.request`) bound
 * the whole request, reading the body included, so they would cut a long stream or download.
 */
function describeStreamedResponse(request: HttpRequestCall, read: ResponseRead): string {
  const [what, cut] = read.kind === 'stream' ? ['streamed', 'long streams'] : ['downloaded whole', 'long downloads'];
  const headersOnly = request.client === 'undici' ? " (undici's `headersTimeout`)" : request.client === 'got' ? " (got's `timeout: { response: … }`)" : '';
  return `The response is ${what} (${read.evidence}): a deadline on the whole request would cut ${cut} — consider a deadline on the connection/headers only${headersOnly}, or a longer timeout.`;
}

/** Why a deadline on a request to a URL a person typed is only suggested. */
function describePersonUrl(url: string): string {
  return `The request fetches ${url}: how long that answer takes is not known here — check that the deadline fits, or raise it for this call.`;
}

/** Why a deadline on a request that sends a body is only suggested (docs/catalog.md, fetch-timeout policy). */
function describeUpload(upload: RequestUpload): string {
  if (upload.kind === 'long-work') return `The request waits for long server work (${upload.evidence}): a fixed deadline would cut it — check that the deadline fits, or raise it for this call.`;
  const cut = upload.kind === 'upload' ? `an upload of ${upload.evidence}` : `the server's work on ${upload.evidence}, which can take long`;
  return `The request sends a body: a fixed deadline would also cut ${cut} — check that the deadline fits, or raise it for this call.`;
}

/** Why a deadline in a project's API client is only suggested. */
function describeForwarded(forwarded: ForwardedOptions): string {
  const where = forwarded.functionName ? `\`${forwarded.functionName}\`` : 'This function';
  return `${where} forwards its caller's \`${forwarded.parameter}\` to the request: every call through it (uploads, downloads, retried calls) would get this one deadline — consider a deadline per call, or configure the wrapper in fetchFunctions.`;
}

/** Why an axios instance's default `timeout` is only suggested. */
function describeAxiosInstanceReach(reach: AxiosInstanceReach): string {
  switch (reach.kind) {
    case 'beyond-file':
      return `Requests through this instance may be made elsewhere (${reach.evidence}): its \`timeout\` would bound every one of them, uploads and downloads included — check that the deadline fits them all.`;
    case 'upload': {
      const { upload } = reach;
      if (upload.kind === 'long-work') return `A request made with this instance waits for long server work (${upload.evidence}): its \`timeout\` would cut it — check that the deadline fits, or give that call its own \`timeout\`.`;
      const cut = upload.kind === 'upload' ? `an upload of ${upload.evidence}` : `the server's work on ${upload.evidence}, which can take long`;
      return `A request made with this instance sends a body: its \`timeout\` would also cut ${cut} — check that the deadline fits, or give that call its own \`timeout\`.`;
    }
    case 'forwarded':
      return describeForwarded(reach.forwarded);
  }
}

const HELPER_HINT = 'set the fetch-timeout option abortHelpers (e.g. { "module": "./lib/abort", "timeout": "timeoutSignal", "any": "anySignal" }) to use a helper';

// ---------------------------------------------------------------------------------------------
// Rewriter: the smallest edit that adds the deadline

interface DeadlineProperty {
  key: string;
  value: string;
  /** The value is a conditional expression (needs parentheses after `??`). */
  isConditional: boolean;
  edits: TextEdit[];
  /** The fix keeps a Request input's own signal only if the input really is a Request. */
  guessed: boolean;
  /** `init` when the value already merges `init.signal` (a `...init` spread need not win). */
  mergesSignalOf?: string;
  /** Why the deadline is only a suggestion, whatever the call (node-fetch v2's own `timeout`). */
  suggestionReason?: string;
}

/**
 * A report-only finding in a test file is `medium`: the test runner's own timeout ends a request
 * that hangs there (issue 15's held-out-5: socket.io's tests fetching their own test server);
 * so is one in a script or sample folder (held-out-22: nightscout's `testing/`, Folo's `scripts/`).
 * Fixes are unchanged (every fix is `high`).
 */
function testFileConfidence(context: RuleContext<FetchTimeoutOptions>): { confidence?: 'medium' } {
  // Also a script or a sample a person runs by hand (isScriptOrExamplePath): a hang stalls one visible run.
  return isTestFilePath(context.filename) || isScriptOrExamplePath(context.filename) ? { confidence: 'medium' } : {};
}

/**
 * A report-only finding of a request nothing waits for (unwaited-request.ts) is `medium`: a hang
 * there holds a connection, but no code waits on the answer (issue 15's held-out labels: nearly
 * all were judged not worth a change).
 */
function reportOnlyConfidence(context: RuleContext<FetchTimeoutOptions>, unwaited: UnwaitedRequest | null, workerEvent: string | null, bounded: PlatformBound | null): { confidence?: 'medium' } {
  return unwaited || workerEvent || bounded ? { confidence: 'medium' } : testFileConfidence(context);
}

/**
 * Why a report-only request cannot wait for ever: the platform ends it with something it runs
 * for (a service worker's event, an edge function's incoming request), or it reads a resource
 * the page has loaded already (page-element-url.ts) or a static file of the page's own origin
 * (same-origin-asset.ts).
 */
type PlatformBound = { kind: 'service-worker' | 'edge-function' | 'page-resource' | 'same-origin-asset'; evidence: string };

function findPlatformBound(context: RuleContext<FetchTimeoutOptions>, path: NodePath<CallExpression>, request: HttpRequestCall): PlatformBound | null {
  const worker = describeServiceWorkerModule(path);
  if (worker) return { kind: 'service-worker', evidence: worker };
  const edge = describeEdgeFunction(path);
  if (edge) return { kind: 'edge-function', evidence: edge };
  const element = isFetchClient(request) ? describePageElementUrl(path) : null;
  if (element) return { kind: 'page-resource', evidence: element };
  // Case: `fetch('/config.json')` in a page's code: a static file the page's own server hands out (same-origin-asset.ts)
  const asset = isFetchClient(request) && isPageCode(context) ? describeSameOriginAsset(path) : null;
  return asset ? { kind: 'same-origin-asset', evidence: asset } : null;
}

/** Code of a page: browser code (code-environment.ts) that is no React Native module (whose relative URLs have no page origin). */
function isPageCode(context: RuleContext<FetchTimeoutOptions>): boolean {
  return fileCodeEnvironment(context) === 'browser' && !/\bfrom\s+['"]react-native['"]|require\(\s*['"]react-native['"]\s*\)/.test(context.source.text);
}

/** service-worker-event.ts: the browser bounds the event's extended lifetime. */
function describeWorkerEvent(event: string | null): string {
  if (!event) return '';
  const what = event === 'waitUntil' ? 'inside `waitUntil(…)`' : `for the service worker's \`${event}\` event`;
  return ` The request is made ${what}: the browser stops a worker whose event runs too long, which ends the wait.`;
}

/**
 * Report-only: a request in an edge function (edge-function.ts) ends with the incoming request.
 * A request elsewhere in a service worker's code (a helper its `install` listener
 * calls, a `respondWith` that passes a page's request on with options of its own) is bounded the
 * same way: the worker lives only while an event keeps it, and the browser stops it when the event
 * runs too long (issue 15: mastodon's precache and push helpers, nightscout's precache, cinny's
 * media pass-through — labelled not leaks). The fix level is unchanged: only the lexical event
 * above makes it a suggestion.
 */
function describePlatformBound(workerEvent: string | null, bounded: PlatformBound | null): string {
  if (workerEvent || !bounded) return '';
  if (bounded.kind === 'page-resource') return ` The request fetches \`${bounded.evidence}\`, the source of an element already on the page: the page has loaded it (from memory or the cache; often a \`blob:\` or \`data:\` URL), not a new call to a server.`;
  if (bounded.kind === 'same-origin-asset') return ` The request fetches ${bounded.evidence.startsWith('`') ? bounded.evidence : `\`${bounded.evidence}\``}, a static file of the page's own origin: the server that has just served the page serves it, so a hang there is one of the page's own loading, not of a call to a service.`;
  if (bounded.kind === 'edge-function') return ` The request is made in a Cloudflare edge function (${bounded.evidence}): the platform cancels its subrequests when the incoming request ends.`;
  return ` The request is made in a service worker (${bounded.evidence}): the browser stops a worker whose event runs too long, which ends the wait.`;
}

function describeUnwaited(unwaited: UnwaitedRequest | null): string {
  if (!unwaited) return '';
  if (unwaited.kind === 'keepalive') return ' It is a `keepalive` request, meant to finish after the page is gone: nothing waits for its answer.';
  return ` Nothing waits for its answer (${unwaited.evidence}): a hang holds a connection, not the code.`;
}

/**
 * Case: a bare `fetch(pingUrl)` statement (or `void fetch(…)`): its promise is dropped, so the
 * deadline's `TimeoutError` would be a rejection nobody handles. Where unconsumed-promise adds no
 * handler on its own (src/analysis/resources/error-channel.ts: a published library, an error
 * tracker, a lint that forbids `console`, the package's own rejection handler), the deadline
 * alone would turn a slow answer into a new error in the host app, the tracker or that handler
 * (tldraw's license ping): the fix is a suggestion. (unconsumed-promise's `onError` option, which
 * makes its handler automatic there, is that rule's own and not seen here.)
 */
function describeDroppedRejection(context: RuleContext<FetchTimeoutOptions>, path: NodePath<CallExpression>, request: HttpRequestCall): string | null {
  // Only a client that answers with a promise (http.get's ClientRequest reports on 'error')
  if (!isFetchClient(request) && request.client !== 'axios' && request.client !== 'axios-instance') return null;
  let statement = path.parentPath;
  if (statement?.node.type === 'UnaryExpression' && statement.node.operator === 'void') statement = statement.parentPath;
  if (statement?.node.type !== 'ExpressionStatement') return null;
  const [reason] = findErrorChannelReasons(context);
  if (!reason) return null;
  const where =
    reason.kind === 'library'
      ? 'this file is part of a published library'
      : reason.kind === 'tracker'
        ? `the project reports unhandled rejections with ${reason.tracker}`
        : reason.kind === 'no-console'
          ? `the project's lint forbids \`console\` (${reason.lint}), so no handler will log it`
          : `the package handles unhandled rejections itself (${reason.file}:${reason.line})`;
  return `Its promise is dropped and ${where}: with the deadline alone, a slow answer becomes an unhandled \`TimeoutError\` — handle the rejection along with it (unconsumed-promise reports it).`;
}

/**
 * Case: a bare `http.get(url)` statement, with no response callback: nothing reads the answer, and
 * the request object is dropped, so nothing can listen for its `'error'` — an aborted request
 * emits one (an `AbortError`). With the deadline alone, a slow answer becomes an uncaught
 * `'error'` event that ends the process, where the request only held a socket before. The fix is
 * a suggestion (overleaf's metrics test opens such requests and keeps them pending on purpose, to
 * count open connections). One with a response callback (`https.get(url, (res) => …)`, or a
 * name bound to a function, see {@link isFunctionValue}; `http.get(url, options)` has none) waits for
 * its answer: its fix stays `auto`, as for any request (its `'error'` is its author's, as for any
 * network error).
 */
function describeDroppedHttpRequest(path: NodePath<CallExpression>, request: HttpRequestCall): string | null {
  if (request.client !== 'http') return null;
  if (path.parent?.type !== 'ExpressionStatement') return null;
  if (path.node.arguments.some((argument, index) => index > 0 && isFunctionValue(path, argument))) return null;
  // Case: `get(url, callback)` with a parameter: options or a response callback, it cannot be told
  const last = path.node.arguments[path.node.arguments.length - 1];
  if (path.node.arguments.length > 1 && last?.type === 'Identifier' && findBinding(path, last.name)?.kind === 'param') {
    return `\`${last.name}\` may be options or a response callback: if nothing reads the answer, the request object is dropped, so nothing listens for its \`'error'\`: once the deadline aborts it, the \`AbortError\` is thrown as an uncaught \`'error'\` event (ending the process) — keep the request and handle \`'error'\` along with the deadline.`;
  }
  return 'Nothing reads its answer and the request object is dropped, so nothing listens for its `\'error\'`: once the deadline aborts it, the `AbortError` is thrown as an uncaught `\'error\'` event (ending the process) where the request only held a socket before — keep the request and handle `\'error\'` along with the deadline.';
}

/**
 * A function value: a function / arrow expression, or a name bound to a function declaration or
 * to a `const` set to one (`const onResponse = (res) => …`). Any other name (`options`, a
 * parameter) is not taken for the response callback.
 */
function isFunctionValue(path: NodePath, argument: Node): boolean {
  const value = unwrapExpression(argument);
  return value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression' || resolveFunctionReference(path, value, null) !== null;
}

/**
 * Reports a finding without a fix. One the file alone would report at `high` goes to the project
 * phase (test-support-module.ts), where a module only tests import makes it `medium`, and so do
 * callers that all drop the promise of the exported function that makes the request
 * (dropping-callers.ts), and, in a function that forwards its caller's options (`forwarded`),
 * callers that may pass a `signal` in them or cannot all be found (forwarding-callers.ts); not in
 * a `.vue` / `.svelte` script (a lone one has no project phase), where such a function's request is `medium`.
 */
function reportOnly(context: RuleContext<FetchTimeoutOptions>, path: NodePath<CallExpression>, message: string, confidence: { confidence?: 'medium' }, forwarded: ForwardedOptions | null = null): void {
  const call = path.node;
  if (confidence.confidence === undefined && context.sfc === null) {
    // Case: `export async function check() { return (await fetch(url)).json(); }`: its callers, in other files too, decide (dropping-callers.ts)
    const fn = findExportedRequestFunction(path);
    // Case: `function get(url, init) { return fetch(url, init) }`: its callers decide whether a `signal` comes with `init` (forwarding-callers.ts)
    const forwarding = forwarded ? { fn: forwarded.owner.node.start!, index: forwarded.index, parameter: forwarded.parameter, functionName: forwarded.functionName } : null;
    context.collect({ start: call.start!, end: call.end!, message, ...(fn ? { fn: fn.node.start! } : {}), ...(forwarding ? { forwarding } : {}) } satisfies CollectedReportOnly);
    return;
  }
  context.report({ node: call, message: forwarded ? `${message} ${describeForwardedSignal(forwarded)}` : message, ...(forwarded ? { confidence: 'medium' as const } : confidence) });
}

function reportRequest(context: RuleContext<FetchTimeoutOptions>, path: NodePath<CallExpression>, request: HttpRequestCall): void {
  const call = path.node;
  const message = describeProblem(request);
  const { options } = request;
  const unwaited = findUnwaitedRequest(path, request);
  const workerEvent = findServiceWorkerEvent(path);
  if (options.kind === 'unknown') {
    const bounded = findPlatformBound(context, path, request);
    reportOnly(context, path, `${message} No fix: cannot tell whether \`${quoteCode(options.node, context.source.text)}\` is a URL or an options object.${describeUnwaited(unwaited)}${describeWorkerEvent(workerEvent)}${describePlatformBound(workerEvent, bounded)}`, reportOnlyConfidence(context, unwaited, workerEvent, bounded));
    return;
  }
  const property = buildDeadlineProperty(context, path, request);
  if ('missing' in property) {
    const bounded = findPlatformBound(context, path, request);
    // Case: `function get(url, init) { return fetch(url, init) }`: the options are the caller's,
    // and a `signal` may come with them (overleaf's pdf-caching: every caller passes its own) —
    // whether the request can hang is the callers' to say (forwarding-callers.ts): `medium`
    // unless none of them can pass one.
    const forwarded = findForwardedOptions(path, request);
    reportOnly(context, path, `${message} No fix: the target (${getTarget(context, path).source}) has no ${property.missing}; ${HELPER_HINT}.${describeUnwaited(unwaited)}${describeWorkerEvent(workerEvent)}${describePlatformBound(workerEvent, bounded)}`, reportOnlyConfidence(context, unwaited, workerEvent, bounded), forwarded);
    return;
  }
  const entry = `${property.key}: ${property.value}`;
  let edits: TextEdit[];
  let safe = !property.guessed;
  // Why a fix that is not `auto` is not: said in the message, first.
  const reasons: string[] = [];
  if (property.suggestionReason) {
    safe = false;
    reasons.push(property.suggestionReason);
  }
  // Case: `fetch(url, { dispatcher: new Agent({ connect: { timeout: 30_000 } }) })`: the author
  // set the request's deadlines on the dispatcher; a fixed one on top may cut it sooner.
  const deadline = getTimeoutSetting(context, request);
  const dispatcherTimeout = options.kind === 'object' && property.key === 'signal' ? findDispatcherTimeout(path, options.node, deadline.timeoutExpression === '' ? deadline.timeoutMs : null) : null;
  if (dispatcherTimeout !== null) {
    safe = false;
    reasons.push(`Its \`dispatcher\` sets its own deadline (\`${dispatcherTimeout}\`): a fixed \`AbortSignal.timeout\` on top may end the request sooner than that allows — check that the deadline fits, or keep the dispatcher's.`);
  }
  // Case: `const init = { method: 'POST' }; fetch(url, init)`: a literal without the key
  const literal = options.kind === 'expression' ? findOptionsLiteral(path, options.node, context.language) : null;
  const withoutKey = literal !== null && findObjectProperty(literal.literal, property.key) === null;
  const knownKeys = withoutKey && literal.sealed;
  const literalType = withoutKey && literal.literalType;
  switch (options.kind) {
    case 'object': {
      // A spread may carry the key: put ours first so the spread still wins, unless the value
      // already merges the spread object's own signal.
      const spreads = options.node.properties.filter((p) => p.type === 'SpreadElement');
      const merged = spreads.length > 0 && spreads.every((p) => getMemberChain(p.argument) === property.mergesSignalOf);
      safe &&= spreads.length === 0;
      if (spreads.length > 0 && !merged) reasons.push(`The options spread another object${describeSource(context, spreads[0]!.argument, '...')}: the deadline goes first so that a \`signal\` it carries still wins — check that none does, or that its deadline fits.`);
      edits = addObjectProperty(context.source, options.node, entry, { at: spreads.length > 0 && !merged ? 'start' : 'end', layout: context.style });
      break;
    }
    case 'absent': {
      const filler = 'undefined, '.repeat(options.missingBefore);
      const last = call.arguments[call.arguments.length - 1];
      const at = last ? last.end! : findOpenParen(context, call);
      const object = layoutObjectLiteral(context.source, context.style, [entry], at, { before: last ? `, ${filler}` : filler });
      edits = last ? buildAppendedArgument(context, call, last, `${filler}${object}`) : [fixer.insertAfter(at, `${filler}${object}`)];
      break;
    }
    case 'before-callback':
      edits = [fixer.insertBefore(options.callback, `${layoutObjectLiteral(context.source, context.style, [entry], options.callback.start!, { before: ', ' })}, `)];
      break;
    case 'undefined':
      edits = [fixer.replace(options.node, layoutObjectLiteral(context.source, context.style, [entry], options.node.start!, { replacedEnd: options.node.end! }))];
      break;
    case 'expression': {
      const text = context.getText(options.node);
      // Case: `const init = { method: 'POST', body }; fetch(url, init)`: its keys are known and
      // it has no signal: spread it and add ours (no `init?.signal ?? …`: the literal's type has
      // no `signal`, so reading it does not type-check).
      if (knownKeys || literalType) {
        edits = [fixer.replace(options.node, layoutObjectLiteral(context.source, context.style, [`...${text}`, entry], options.node.start!, { replacedEnd: options.node.end! }))];
        // Case: `const init = { method: 'GET' }; sign(init); fetch(url, init)` in TypeScript: its
        // keys may change, but its type has no `signal` to read back.
        if (!knownKeys) {
          safe = false;
          reasons.push(`The options (\`${text}\`) are handed on or written besides this request: check that they get no \`${property.key}\` that way, which the deadline would replace (their type has none to read back).`);
        }
        break;
      }
      safe = false;
      const chain = getMemberChain(options.node);
      const fallback = property.isConditional ? `(${property.value})` : property.value;
      const entries = chain ? [`...${chain}`, `${property.key}: ${chain}?.${property.key} ?? ${fallback}`] : [entry, `...${text}`];
      edits = [fixer.replace(options.node, layoutObjectLiteral(context.source, context.style, entries, options.node.start!, { replacedEnd: options.node.end! }))];
      break;
    }
  }
  const notes: string[] = [...reasons];
  const timeoutExpression = getTimeoutSetting(context, request).timeoutExpression;
  const root = timeoutExpression ? getTimeoutExpressionRoot(timeoutExpression) : null;
  if (root && !findBinding(path, root)) {
    safe = false;
    notes.push(`\`${root}\` (from the timeoutExpression option) is not declared in this file: import it before applying.`);
  }
  if (property.guessed) notes.push('Review: the fix assumes the first argument is a Request and keeps its signal.');
  const streamed = findStreamedResponseRead(path, request, context.project);
  if (streamed) {
    safe = false;
    notes.push(describeStreamedResponse(request, streamed));
  }
  const upload = findRequestUpload(path, request);
  if (upload) {
    safe = false;
    // Case: `handleImportFromUrl() { fetch(urlInput.value) }`: the function's name says "import",
    // but the request fetches the URL a person typed: that is the reason to give (a handler that
    // fetches someone's URL waits for no long server work of its own).
    const personUrl = upload.byFunctionName ? describePersonTypedUrl(path) : null;
    if (!personUrl) notes.push(describeUpload(upload));
    else if (!streamed) notes.push(describePersonUrl(personUrl));
  }
  const forwarded = findForwardedOptions(path, request);
  if (forwarded) {
    safe = false;
    notes.push(describeForwarded(forwarded));
  }
  if (workerEvent) {
    safe = false;
    notes.push(`${describeWorkerEvent(workerEvent).trim()} A fixed deadline would also cut a slow precache or download the event waits for — check that it fits.`);
  }
  if (unwaited?.kind === 'keepalive') {
    safe = false;
    notes.push('It is a `keepalive` request, which the page hands over to finish after it unloads: a deadline would also cut it while the page is open — check that the deadline fits.');
  }
  const unhandled = describeDroppedRejection(context, path, request) ?? describeDroppedHttpRequest(path, request);
  if (unhandled) {
    safe = false;
    notes.push(unhandled);
  }
  const reach = request.client === 'axios-create' ? findAxiosInstanceReach(path) : null;
  if (reach) {
    safe = false;
    notes.push(describeAxiosInstanceReach(reach));
  }
  // Last: the module's tests are read only for a fix that is still `auto`.
  const asserted = safe ? findTestsOfArguments(context, call, request) : [];
  if (asserted.length > 0) {
    safe = false;
    notes.push(describeArgumentAssertions(asserted, options.kind === 'absent' || options.kind === 'before-callback' ? null : property.key));
  }
  // Case: `fetch(url, init)` with nothing else to say: why the fix is only a suggestion.
  if (options.kind === 'expression' && !knownKeys && notes.length === 0) notes.push(`The options are an expression${describeSource(context, options.node, '')} whose keys are not known here: the fix keeps a \`signal\` it already has.`);
  context.report({
    node: call,
    message: notes.length > 0 ? `${message} ${notes.join(' ')}` : message,
    fix: { safe, description: `add ${entry}`, edits: [...edits, ...property.edits] },
  });
}

/** The module's tests that assert this request's exact arguments, which the fix would fail. */
function findTestsOfArguments(context: RuleContext<FetchTimeoutOptions>, call: CallExpression, request: HttpRequestCall): ArgumentAssertion[] {
  if (isTestFilePath(context.filename)) return [];
  const tests = context.project.getModuleTests();
  return tests && tests.length > 0 ? findArgumentAssertions(tests, call, request.options) : [];
}

/**
 * `text` as a new last argument: after any parentheses around the last one (`fetch((url))`),
 * and on a line of its own when the arguments are written one per line:
 * `fetch(\n  formatUrl(path),\n)` -> `fetch(\n  formatUrl(path),\n  { signal },\n)`.
 */
function buildAppendedArgument(context: RuleContext<FetchTimeoutOptions>, call: CallExpression, last: Node, text: string): TextEdit[] {
  const source = context.source;
  let end = last.end!;
  const parenStart = (last.extra as { parenStart?: number } | undefined)?.parenStart;
  if (parenStart !== undefined) {
    // Case: `fetch((url))`: step over as many `)` as there are `(` before the argument.
    let open = source.slice(parenStart, last.start!).split('(').length - 1;
    while (open > 0 && end < call.end!) if (source.text[end++] === ')') open--;
  }
  const onOwnLine = source.slice(source.lineStart(source.positionAt(last.start!).line), parenStart ?? last.start!).trim() === '';
  const startsOnCallLine = source.positionAt(last.start!).line === source.positionAt(findOpenParen(context, call)).line;
  if (!onOwnLine || startsOnCallLine) return [fixer.insertAfter(end, `, ${text}`)];
  const indent = source.indentAt(parenStart ?? last.start!);
  // Case: `  apiPath('x') // note`: the note stays with its argument.
  const lineEnd = source.lineEnd(source.positionAt(end).line);
  if (/^\s*(\/\/.*|\/\*.*?\*\/\s*)$/.test(source.slice(end, lineEnd))) return [fixer.insertAfter(end, ','), fixer.insertAfter(lineEnd, `\n${indent}${text}`)];
  return [fixer.insertAfter(end, `,\n${indent}${text}`)];
}

function findOpenParen(context: RuleContext<FetchTimeoutOptions>, call: CallExpression): number {
  const typeArguments = (call as { typeArguments?: Node | null; typeParameters?: Node | null }).typeArguments ?? call.typeParameters;
  return context.source.text.indexOf('(', (typeArguments ?? call.callee).end!) + 1;
}

/**
 * The runtime the fixed code runs on: the project's target, narrowed inside a branch written
 * for runtimes without `AbortSignal.timeout`/`any` (`typeof AbortSignal.timeout === 'function'
 * ? … : <here>`), which must never receive the API it avoids.
 */
function getTarget(context: RuleContext<FetchTimeoutOptions>, path: NodePath): RuntimeTarget {
  const target = context.settings.target;
  const branch = findMissingAbortApiBranch(path);
  if (!branch || ((!branch.timeout || !target.abortSignalTimeout) && (!branch.any || !target.abortSignalAny))) return target;
  return {
    ...target,
    abortSignalTimeout: target.abortSignalTimeout && !branch.timeout,
    abortSignalAny: target.abortSignalAny && !branch.any,
    source: `a branch for runtimes without AbortSignal.${branch.timeout ? 'timeout' : 'any'}`,
  };
}

/** The deadline to write: a configured wrapper's own `timeoutMs`, else the rule's options. */
function getTimeoutSetting(context: RuleContext<FetchTimeoutOptions>, request: HttpRequestCall): TimeoutSetting {
  const ms = request.wrapper?.timeoutMs;
  return ms !== undefined ? { timeoutMs: ms, timeoutExpression: '' } : context.options;
}

/** The key and value to add: a signal (merged with any in scope), or the client's own timeout. */
function buildDeadlineProperty(
  context: RuleContext<FetchTimeoutOptions>,
  path: NodePath<CallExpression>,
  request: HttpRequestCall,
): DeadlineProperty | { missing: string } {
  const timeout = formatTimeout(getTimeoutSetting(context, request));
  if (request.client === 'axios-create') return { key: 'timeout', value: timeout, isConditional: false, edits: [], guessed: false };
  // Case: axios older than 0.22, which ignores `signal` (a caller's too): its own `timeout` is the deadline it keeps
  // (written without numeric separators on a target without AbortSignal.timeout, as below)
  if ((request.client === 'axios' || request.client === 'axios-instance') && context.settings.target.axiosWithoutSignal) {
    const plain = !getTarget(context, path).abortSignalTimeout && /^[\d_]+$/.test(timeout);
    return { key: 'timeout', value: plain ? timeout.replaceAll('_', '') : timeout, isConditional: false, edits: [], guessed: false };
  }
  // got's own total-request deadline works on every got version; `signal` needs got 12.3+.
  if (request.client === 'got') return { key: 'timeout', value: `{ request: ${timeout} }`, isConditional: false, edits: [], guessed: false };
  if (request.client === 'wrapper' && request.wrapper!.deadline !== 'signal') {
    return { key: request.wrapper!.deadline, value: timeout, isConditional: false, edits: [], guessed: false };
  }
  const signals: Pick<SignalInScope, 'expression' | 'narrowed' | 'mayBeUndefined'>[] = [];
  let inScope = findSignalInScope(path);
  // Case: `fetch(url, init)` where the signal in scope is `init.signal`: the spread keeps it
  const optionsChain = request.options.kind === 'expression' ? getMemberChain(request.options.node) : null;
  if (optionsChain && inScope?.narrowed === `${optionsChain}.signal`) inScope = null;
  if (inScope?.source === 'controller' && isCancellingRequest(path, inScope)) inScope = null;
  const input = isFetchClient(request) ? findRequestInputSignal(path, request) : null;
  // Case: the request in scope is the input, and a node-fetch one: its signal may be null
  if (input && typeof input === 'object' && input.mayBeUndefined && inScope && !inScope.mayBeUndefined && input.expression === inScope.narrowed) inScope = { ...inScope, mayBeUndefined: true };
  let guessed = false;
  if (input && typeof input === 'object' && input.expression !== inScope?.narrowed) {
    signals.push(input);
    guessed = input.guessed;
  }
  if (inScope) signals.push(inScope);
  const { module, timeout: timeoutHelper, any: anyHelper } = context.options.abortHelpers;
  const configured: AbortHelperNames = module ? { timeout: timeoutHelper, any: anyHelper } : {};
  const deadlineInput = { timeout, signals, target: getTarget(context, path) };
  let built = buildDeadlineSignal({ ...deadlineInput, helpers: configured });
  // Case: `axios.post(url, data)` on a target without AbortSignal.timeout, nothing to merge:
  // axios's own `timeout` option is a deadline on every runtime (written without numeric
  // separators, which runtimes that old may not parse either)
  if (!built.ok && request.client === 'axios' && signals.length === 0) {
    return { key: 'timeout', value: /^[\d_]+$/.test(timeout) ? timeout.replaceAll('_', '') : timeout, isConditional: false, edits: [], guessed: false };
  }
  // Case: `fetch(url)` of node-fetch v2 on a target without AbortSignal.timeout, nothing to merge:
  // node-fetch v2's own `timeout` option is a deadline (v3 removed it), a suggestion: it restarts
  // on each redirect and, unlike a signal, also bounds reading the body
  if (!built.ok && request.client === 'node-fetch' && signals.length === 0 && context.settings.target.nodeFetchV2) {
    const value = /^[\d_]+$/.test(timeout) ? timeout.replaceAll('_', '') : timeout;
    const suggestionReason = `The target (${getTarget(context, path).source}) has no ${built.missing}: the deadline is node-fetch v2's own \`timeout\` option, which restarts on each redirect and also bounds reading the body (and which node-fetch v3 drops) — check that it fits.`;
    return { key: 'timeout', value, isConditional: false, edits: [], guessed: false, suggestionReason };
  }
  if (!built.ok) return { missing: built.missing };
  let edits: TextEdit[] = [];
  if (built.usedHelpers.length > 0) {
    // Import the helpers the text calls (under a free local name), then write it with those names.
    const imported = importHelpers(context, built.usedHelpers);
    edits = imported.edits;
    built = buildDeadlineSignal({ ...deadlineInput, helpers: imported.names });
    if (!built.ok) return { missing: built.missing };
  }
  const property: DeadlineProperty = { key: 'signal', value: built.text, isConditional: built.isConditional, edits, guessed };
  if (inScope?.narrowed.endsWith('.signal')) property.mergesSignalOf = inScope.narrowed.slice(0, -'.signal'.length);
  return property;
}

/**
 * The request is part of cancelling the controller's work: the function it is made in calls
 * `controller.abort()` after it (SillyTavern's `request.socket.on('close', () => { fetch(interruptUrl,
 * …); controller.abort(); })`, which tells the image server to stop). Tied to that controller,
 * the request would be cancelled before it is sent (or, awaited first, the signal could never
 * fire while it runs): it gets its own deadline only.
 */
function isCancellingRequest(path: NodePath<CallExpression>, signal: SignalInScope): boolean {
  const controller = signal.narrowed.endsWith('.signal') ? signal.narrowed.slice(0, -'.signal'.length) : null;
  const fn = path.findParent((parent) => isFunctionNode(parent.node));
  if (!controller || !fn) return false;
  let aborts = false;
  forEachNode(fn.node, (node) => {
    // A later callback's `abort()` (`onCancel(() => controller.abort())`) is the cancellation the request should follow.
    if (aborts || (node !== fn.node && isFunctionNode(node))) return false;
    if (node.type !== 'CallExpression' || node.start! < path.node.end!) return;
    const callee = unwrapExpression(node.callee);
    if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'abort' && getMemberChain(callee.object) === controller) aborts = true;
  });
  return aborts;
}

/** Imports the configured abort helpers of `kinds` (one edit for all of them). */
function importHelpers(context: RuleContext<FetchTimeoutOptions>, kinds: readonly ('timeout' | 'any')[]): { names: AbortHelperNames; edits: TextEdit[] } {
  const helpers = context.options.abortHelpers;
  const importContext = { program: context.ast.program, source: context.source, style: context.style, filename: context.filename };
  const added = addImports(importContext, context.importSpecifier(helpers.module!), kinds.map((kind) => ({ name: helpers[kind]! })));
  const names: AbortHelperNames = {};
  kinds.forEach((kind, index) => (names[kind] = added.locals[index]!));
  return { names, edits: added.edits };
}

/** ` (\`...defaults\`)`: the source text in parentheses for a message, or nothing past 40 characters. */
function describeSource(context: { getText(node: Node): string }, node: Node, prefix: string): string {
  const source = context.getText(node).replace(/\s+/g, ' ');
  const text = prefix && node.type !== 'Identifier' && node.type !== 'MemberExpression' && node.type !== 'CallExpression' ? `(${source})` : source;
  return text.length <= 40 ? ` (\`${prefix}${text}\`)` : '';
}
