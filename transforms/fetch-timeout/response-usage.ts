/**
 * How the code reads the response of an HTTP request (see `http-request-call.ts`), as far as
 * the same function shows it: as a stream (`res.body.getReader()`, `for await (… of res.body)`,
 * `res.pipe(file)`, `got.stream(url)`, axios `responseType: 'stream'`), downloaded whole as
 * binary (`res.blob()`, `res.arrayBuffer()`, axios `responseType: 'blob'`,
 * `onDownloadProgress`), or in an ordinary way (`res.json()`, `res.text()`, `'data'` collected
 * until `'end'`, or nothing this analysis can see). A deadline on the whole request
 * (`AbortSignal.timeout`) also bounds reading the body, so it would cut the first two.
 *
 * The lines drawn:
 * - Any use of a Fetch `Response`'s `body`, or of undici's `body`, other than a null test or
 *   a whole-body read (`json()`, `text()`, `formData()`, `dump()`) reads a stream.
 * - A binary read of the whole body (`blob()`, `arrayBuffer()`, `bytes()`, node-fetch's
 *   `buffer()`, got's `.buffer()`) is a download: it may be large. So is `text()` of a fetch
 *   whose URL the caller passes in, a person typed, or names a script (unbounded-url.ts), and
 *   `text()` made into a file, `new Blob([await res.text()])` (text-file.ts).
 * - A `'data'` (or `'readable'`) listener is a stream unless the same response also has an
 *   `'end'` listener (the classic way to collect a whole http body); an http response collected
 *   so with no `'error'` listener of its own is a download (an abort mid-body would emit an
 *   `'error'` nobody hears).
 * - A response handed to the caller (`return fetch(url)`, `return res`) is read where this
 *   analysis cannot see; it counts only when the function says so: its name has a word
 *   starting with "stream" or "download", or its return type names a stream or binary type.
 * - A request made in a function whose name has a word starting with "download" is a download,
 *   however it reads the body (`downloadFile()` ending in `res.text()`).
 * - A response passed to a function this file declares is followed into it (openreplay's
 *   `.then((response) => processAPIStreamResponse(response))`, which calls
 *   `response.arrayBuffer()`); one passed to any other function is not (it counts as ordinary),
 *   except `WebAssembly.instantiateStreaming` / `compileStreaming`, which download a module; a
 *   body stream passed on is a stream.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getValuePath } from '../../src/analysis/resources/acquisition-handle';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveFunctionArgument, resolveNamedFunction } from './function-argument';
import type { HttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findHttpResponseHandlers } from './http-response-handlers';
import { findStreamingOptionsRead } from './request-streaming-options';
import { findReturnedResponseRead, getDownloadFunctionName } from './returned-response';
import { describeUnboundedUrl } from './unbounded-url';
import { describeTextMadeIntoFile } from './text-file';
import type { ResponseRead, ResponseReadKind } from './response-read';
import { findBinding, isFunctionNode, type Binding } from '../../src/analysis/syntax/scope';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getDefinedName } from '../../src/analysis/syntax/function-name';
import { EMITTER_REGISTER_METHODS } from '../../src/analysis/resources/catalog';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import type { ProjectQueries } from '../../src/core/rule';

export type { ResponseRead, ResponseReadKind };

/**
 * How a request's response is streamed or downloaded, or `null` when it is read in an ordinary
 * way (or where this analysis cannot see). `path` is the request call.
 */
export function findStreamedResponseRead(path: NodePath<CallExpression>, request: HttpRequestCall, project?: ParameterQueries): ResponseRead | null {
  const fromOptions = findStreamingOptionsRead(path, request);
  if (fromOptions) return fromOptions;
  switch (request.client) {
    // Case: `const res = await fetch(url); res.body.getReader()`
    case 'fetch':
    case 'node-fetch':
    case 'undici-fetch':
      return findPromiseRead(path, 'fetch-response', describeUnboundedUrl(path), project) ?? findDownloadingFunction(path);
    case 'undici':
      // Case: undici's `stream(url, options, factory)` streams by definition
      if (request.method === 'stream') return { kind: 'stream', evidence: `\`${request.name}(…)\``, node: path.node.callee };
      // Case: `const { body } = await request(url); body.pipe(file)`
      return findPromiseRead(path, 'undici-result', null) ?? findDownloadingFunction(path);
    case 'got':
      // Case: `got.stream(url)`
      if (request.method === 'stream') return { kind: 'stream', evidence: `\`${request.name}(…)\``, node: path.node.callee };
      return findPromiseRead(path, 'got-promise', null) ?? findDownloadingFunction(path);
    // Case: `http.get(url, (res) => res.pipe(file))`
    case 'http':
      return findHttpResponseRead(path);
    // Case: the config decides (`responseType`), and it was looked at above; the response's
    // `data` made into a file (`new Blob([response.data])`) is a download too
    case 'axios':
    case 'axios-instance':
      return findPromiseRead(path, 'axios-response', null);
    // Case: `const api = axios.create(…)`: the calls on the instance were looked at above
    case 'axios-create':
    // Case: a project wrapper: what it returns is unknown (a parsed `post.body` is no stream)
    case 'wrapper':
      return null;
  }
}

/** Case: `async downloadFile(id) { const res = await fetch(url); return res.text() }`: a file of unknown size. */
function findDownloadingFunction(path: NodePath<CallExpression>): ResponseRead | null {
  const name = getDownloadFunctionName(path);
  return name ? { kind: 'download', evidence: `the request is made in \`${name}\``, node: path.node.callee } : null;
}

// ---------------------------------------------------------------------------------------------
// Promise-based clients: where the response goes

type ResponseShape =
  /** A Fetch `Response`: `res.body` is the stream; `res.blob()` / `res.arrayBuffer()` download it. */
  | 'fetch-response'
  /** undici's `request` result, `{ statusCode, headers, body }`: `body` is the stream. */
  | 'undici-result'
  /** got's promise: `.buffer()` downloads; the response it resolves to is already read. */
  | 'got-promise'
  /** An axios response: its `data` is read already; made into a file (`new Blob([res.data])`) it is a download. */
  | 'axios-response';

/** The response's body as a stream: every place it is used. */
/** The project query that says how a function of another module reads what it is handed. */
type ParameterQueries = Pick<ProjectQueries, 'getParameterMemberUses'>;

interface BodyUses {
  paths: NodePath[];
  project?: ParameterQueries;
  /** Why the URL's response has no size the code can know (unbounded-url.ts): `res.text()` of it is a download. */
  unboundedUrl: string | null;
  /** How many functions deep the response was followed into this file's callers (`findReturnedRead`). */
  returnDepth?: number;
}

/** How many functions deep a response returned to this file's own callers is followed. */
const MAX_RETURN_DEPTH = 2;

/**
 * A response handed to the caller (`return fetch(url)`, `return await fetch(url)`): what the
 * function says of it (returned-response.ts: its name, its return type), else how this file's own
 * calls of the function read it — `async function fetchWithRetry(url) { while (true) { try {
 * return await fetch(url) } catch … } }` with `const response = await fetchWithRetry(url);
 * await response.body.pipeTo(file)` in the same file (rancher-desktop's download script, release
 * assets of hundreds of MB streamed to disk: a 10 s deadline on the request cut every download
 * longer than that). Only calls of the function by its name, a few wrappers deep; callers in other
 * files are not seen.
 */
function findReturnedRead(value: NodePath, shape: ResponseShape, bodies: BodyUses): ResponseRead | null {
  const said = findReturnedResponseRead(value);
  if (said || (bodies.returnDepth ?? 0) >= MAX_RETURN_DEPTH) return said;
  const fn = value.findParent((path) => isFunctionNode(path.node));
  const defined = fn ? getDefinedName(fn) : null;
  if (!fn || defined?.kind !== 'binding') return null;
  const binding = findBinding(defined.at, defined.name);
  if (!binding) return null;
  // The same list of body uses: a `response.body` a caller reads is this request's body
  const inner: BodyUses = { ...bodies, returnDepth: (bodies.returnDepth ?? 0) + 1 };
  for (const reference of findBindingReferences(defined.at, binding)) {
    const call = reference.parentPath;
    if (!call || !isCall(call.node) || reference.key !== 'callee') continue;
    const read = findPromiseValueRead(call, shape, inner);
    if (read) return read;
  }
  return null;
}

function findPromiseRead(callPath: NodePath<CallExpression>, shape: ResponseShape, unboundedUrl: string | null, project?: ParameterQueries): ResponseRead | null {
  const bodies: BodyUses = { paths: [], unboundedUrl, ...(project ? { project } : {}) };
  const direct = findPromiseValueRead(callPath, shape, bodies);
  return direct ?? findBodyStreamRead(bodies.paths, { handedOnIsStream: true });
}

function findPromiseValueRead(callPath: NodePath, shape: ResponseShape, bodies: BodyUses): ResponseRead | null {
  const value = getValuePath(callPath);
  const parentPath = value.parentPath;
  const parent = parentPath?.node;
  if (!parentPath || !parent) return null;
  // Case: `await fetch(url)` (an awaited got response has its body read already)
  if (parent.type === 'AwaitExpression') return shape === 'got-promise' ? null : findResponseValueRead(parentPath, shape, bodies);
  // Case: `return fetch(url)`, `(url) => fetch(url)` (an axios call returned: the config decided)
  if (isReturnedValue(value)) return shape === 'axios-response' ? null : findReturnedRead(value, shape, bodies);
  // Case: `WebAssembly.instantiateStreaming(fetch(url), imports)`
  if (shape === 'fetch-response') {
    const wasm = findWasmStreamingRead(value);
    if (wasm) return wasm;
  }
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && value.key === 'object') {
    const method = getPropertyName(parent);
    const callPath = parentPath.parentPath;
    const call = callPath?.node;
    if (!callPath || (call?.type !== 'CallExpression' && call?.type !== 'OptionalCallExpression') || parentPath.key !== 'callee') return null;
    // Case: `fetch(url).then((res) => …)`, `.then(({ body }) => …)`
    if (method === 'then') return findCallbackRead(callPath as NodePath<CallExpression>, 0, shape, bodies);
    if (shape === 'got-promise') {
      // Case: `got(url).buffer()`
      if (method === 'buffer') return { kind: 'download', evidence: '`.buffer()`', node: parent.property };
      // Case: `got(url).on('downloadProgress', …)`
      const [event] = call.arguments;
      if ((method === 'on' || method === 'once') && event?.type === 'StringLiteral' && event.value === 'downloadProgress') {
        return { kind: 'download', evidence: "`.on('downloadProgress', …)`", node: event };
      }
    }
  }
  return null;
}

/** The response handed to the first parameter of the callback at `argumentIndex` of `call`. */
function findCallbackRead(call: NodePath<CallExpression>, argumentIndex: number, shape: ResponseShape, bodies: BodyUses): ResponseRead | null {
  const fn = resolveFunctionArgument(call, argumentIndex);
  const parameter = fn?.node.params[0];
  if (!fn || !parameter) return null;
  // Case: `.then(({ body }) => …)`
  if (parameter.type === 'ObjectPattern') {
    collectDestructuredBody(fn, parameter, shape, bodies);
    return null;
  }
  if (parameter.type !== 'Identifier') return null;
  const binding = findBinding(fn, parameter.name);
  return binding ? findBindingValueRead(fn, binding, shape, bodies) : null;
}

/** Where the response value at `value` (an awaited request, or a reference to one) goes. */
function findResponseValueRead(valuePath: NodePath, shape: ResponseShape, bodies: BodyUses, depth = 0): ResponseRead | null {
  const value = getValuePath(valuePath);
  const parentPath = value.parentPath;
  const parent = parentPath?.node;
  if (!parentPath || !parent || depth > 3) return null;
  switch (parent.type) {
    // Case: `const res = isServer ? await safeFetch(url) : await fetch(url)`, `cached ?? (await fetch(url))`:
    // the branch's value is the expression's, read where that goes (lobe-chat's videoToBase64
    // reads the browser branch's response with `response.arrayBuffer()`)
    case 'ConditionalExpression':
      return value.key === 'test' ? null : findResponseValueRead(parentPath, shape, bodies, depth + 1);
    case 'LogicalExpression':
      return parent.operator === '&&' && value.key === 'left' ? null : findResponseValueRead(parentPath, shape, bodies, depth + 1);
    // Case: `const res = await fetch(url)`, `const { body } = await request(url)`
    case 'VariableDeclarator': {
      if (value.key !== 'init') return null;
      if (parent.id.type === 'ObjectPattern') {
        collectDestructuredBody(parentPath, parent.id, shape, bodies);
        return null;
      }
      if (parent.id.type !== 'Identifier') return null;
      const binding = findBinding(parentPath, parent.id.name);
      return binding ? findBindingValueRead(parentPath, binding, shape, bodies, depth + 1) : null;
    }
    // Case: `res = await fetch(url)`
    case 'AssignmentExpression': {
      if (value.key !== 'right' || parent.operator !== '=') return null;
      // Case: `self.modelResponse = await fetch(url)`, then `self.modelResponse.arrayBuffer()` in the same function
      if (parent.left.type === 'MemberExpression') return findMemberValueRead(parentPath, parent.left, shape, bodies, depth + 1);
      if (parent.left.type !== 'Identifier') return null;
      const binding = findBinding(parentPath, parent.left.name);
      return binding ? findBindingValueRead(parentPath, binding, shape, bodies, depth + 1) : null;
    }
    // Case: `res.body`, `res.blob()`, `(await fetch(url)).arrayBuffer()`
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      if (value.key !== 'object') return null;
      const name = getPropertyName(parent);
      // Case: `new Blob([response.data])`: an axios response's data handed on as a file, of a size
      // the code does not bound (halo's log file download, saved through an object URL)
      if (shape === 'axios-response') {
        const file = name === 'data' ? describeTextMadeIntoFile(parentPath) : null;
        return file ? { kind: 'download', evidence: `\`${describeMember(parent)}\` made into ${file}`, node: parent } : null;
      }
      if (name === 'body') {
        bodies.paths.push(parentPath);
        return null;
      }
      const isCalled = parentPath.key === 'callee' && isCall(parentPath.parent);
      if (isCalled && shape === 'fetch-response' && name !== null && DOWNLOAD_METHODS.has(name)) {
        return { kind: 'download', evidence: `\`${describeMember(parent)}()\``, node: parent };
      }
      // Case: `res.text()` of a URL the caller passes in, or of a script: a document of unknown size
      if (isCalled && shape === 'fetch-response' && name === 'text' && bodies.unboundedUrl) {
        return { kind: 'download', evidence: `\`${describeMember(parent)}()\` of ${bodies.unboundedUrl}`, node: parent };
      }
      // Case: `new Blob([await res.text()])`: the text made into a file, as `res.blob()` would
      const file = isCalled && shape === 'fetch-response' && name === 'text' ? describeTextMadeIntoFile(parentPath.parentPath!) : null;
      if (file) return { kind: 'download', evidence: `\`${describeMember(parent)}()\` made into ${file}`, node: parent };
      return null;
    }
    default:
      // Case: `WebAssembly.compileStreaming(res)`
      if (shape === 'fetch-response') {
        const wasm = findWasmStreamingRead(value);
        if (wasm) return wasm;
      }
      // Case: `.then((response) => processStreamResponse(response))`, a function of this file that reads it
      if ((parent.type === 'CallExpression' || parent.type === 'OptionalCallExpression') && value.key === 'arguments' && parent.callee.type === 'Identifier') {
        const fn = resolveNamedFunction(parentPath, parent.callee.name);
        const parameter = fn?.node.params[value.index as number];
        const binding = parameter?.type === 'Identifier' ? findBinding(fn!, parameter.name) : null;
        if (binding) return findBindingValueRead(fn!, binding, shape, bodies, depth + 1);
      }
      // Case: `EncArrayBuffer.fromResponse(response)`, `readAll(res)`: a function another project file declares
      if ((parent.type === 'CallExpression' || parent.type === 'OptionalCallExpression') && value.key === 'arguments' && shape === 'fetch-response' && bodies.project) {
        const read = findImportedFunctionRead(parentPath, parent, value.index as number, bodies.project);
        if (read) return read;
      }
      // Case: `return res`
      return isReturnedValue(value) && shape !== 'axios-response' ? findReturnedRead(value, shape, bodies) : null;
  }
}

/**
 * The response is handed to a function a project module declares (`import { readAll } from
 * './body'`, or a static method of an imported class: `EncArrayBuffer.fromResponse(response)`):
 * what that function reads on its parameter (`ProjectQueries.getParameterMemberUses`) — a body
 * method that downloads it whole (`arrayBuffer()`, `blob()`, `bytes()`) or its `body` stream.
 */
function findImportedFunctionRead(callPath: NodePath, call: CallExpression | Extract<Node, { type: 'OptionalCallExpression' }>, index: number, project: ParameterQueries): ResponseRead | null {
  const callee = unwrapExpression(call.callee);
  const local = callee.type === 'Identifier' ? callee : callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' ? callee.object : null;
  if (!local) return null;
  const member = callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
  if (callee.type === 'MemberExpression' && member === null) return null;
  const reference = resolveModuleReference(callPath, local.name);
  if (!reference || reference.via !== 'import' || reference.imported === '*') return null;
  const uses = project.getParameterMemberUses(reference.source, reference.imported, member, index);
  const read = uses?.find((name) => DOWNLOAD_METHODS.has(name) || name === 'body');
  if (!read) return null;
  const called = member === null ? local.name : `${local.name}.${member}`;
  return { kind: read === 'body' ? 'stream' : 'download', evidence: `\`${called}(…)\`, which reads its \`${read}${read === 'body' ? '' : '()'}\` (${reference.source})`, node: call };
}

const WASM_STREAMING = new Set(['instantiateStreaming', 'compileStreaming']);

/** `WebAssembly.instantiateStreaming(value, …)` / `compileStreaming(value)`: a module downloaded (and compiled) as it streams in. */
function findWasmStreamingRead(value: NodePath): ResponseRead | null {
  const parent = value.parent;
  if (!parent || !isCall(parent) || value.key !== 'arguments' || value.index !== 0) return null;
  const callee = unwrapExpression((parent as CallExpression).callee);
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'WebAssembly') return null;
  const name = getPropertyName(callee);
  return name !== null && WASM_STREAMING.has(name) ? { kind: 'download', evidence: `\`WebAssembly.${name}(…)\``, node: parent } : null;
}

/**
 * Every use, in the function that stores it, of the member holding the response
 * (`self.res = await fetch(url)` … `self.res.arrayBuffer()`): the same non-computed chain
 * (`self.res`, `this.cache.res`). Uses in other functions are not followed, as for a response
 * handed to a caller.
 */
function findMemberValueRead(assignment: NodePath, target: Node, shape: ResponseShape, bodies: BodyUses, depth: number): ResponseRead | null {
  const chain = getMemberChain(target);
  const scope = assignment.findParent((path) => isFunctionNode(path.node) || path.node.type === 'Program');
  if (!chain || !scope) return null;
  let read: ResponseRead | null = null;
  forEachDescendant(scope, (path) => {
    if (read) return false;
    if (path.node === target || (path.node.type !== 'MemberExpression' && path.node.type !== 'OptionalMemberExpression')) return undefined;
    if (getMemberChain(path.node) !== chain) return undefined;
    read = findResponseValueRead(path, shape, bodies, depth);
    return false;
  });
  return read;
}

/** Every use of a variable holding the response. */
function findBindingValueRead(at: NodePath, binding: Binding, shape: ResponseShape, bodies: BodyUses, depth = 0): ResponseRead | null {
  for (const reference of findBindingReferences(at, binding)) {
    const read = findResponseValueRead(reference, shape, bodies, depth);
    if (read) return read;
  }
  return null;
}

/** `const { body } = response`: the `body` variable is the stream. */
function collectDestructuredBody(at: NodePath, pattern: Extract<Node, { type: 'ObjectPattern' }>, shape: ResponseShape, bodies: BodyUses): void {
  if (shape === 'got-promise' || shape === 'axios-response') return;
  for (const property of pattern.properties) {
    if (property.type !== 'ObjectProperty') continue;
    const key = property.key;
    const keyName = key.type === 'Identifier' && !property.computed ? key.name : key.type === 'StringLiteral' ? key.value : null;
    const target = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
    if (keyName !== 'body' || target.type !== 'Identifier') continue;
    const binding = findBinding(at, target.name);
    if (binding) bodies.paths.push(...findBindingReferences(at, binding));
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a body stream

/** Whole-body binary reads: a download of unknown size. */
const DOWNLOAD_METHODS = new Set(['blob', 'arrayBuffer', 'bytes', 'buffer']);
/** Whole-body reads of text (an ordinary response), and ways to discard or inspect a body. */
const ORDINARY_METHODS = new Set(['json', 'text', 'formData', 'dump', 'cancel', 'destroy', 'resume', 'setEncoding', 'off', 'removeListener', 'removeAllListeners']);
/** Functions that take a Node stream and consume it as a stream. */
const STREAM_CONSUMERS = new Set(['pipeline', 'compose', 'toWeb', 'finished']);

interface BodyStreamOptions {
  /** A body passed to any function or stored elsewhere is a stream (a Fetch or undici body), not just one given to `pipeline`. */
  handedOnIsStream: boolean;
  /**
   * An http response collected in `'data'` chunks until `'end'`, with no `'error'` listener of its
   * own, counts as a download: a deadline's abort mid-body emits `'error'` on it, unheard.
   */
  unheardErrorIsDownload?: boolean;
}

/** The first streaming (or download) use among `uses`, every one a value that is the body stream. */
function findBodyStreamRead(uses: readonly NodePath[], options: BodyStreamOptions): ResponseRead | null {
  let dataListener: ResponseRead | null = null;
  let hasEndListener = false;
  let hasErrorListener = false;
  for (const use of uses) {
    const value = getValuePath(use);
    const parentPath = value.parentPath;
    const parent = parentPath?.node;
    if (!parentPath || !parent) continue;
    const text = describeValue(value.node);
    if (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') {
      if (value.key !== 'object') continue;
      const name = getPropertyName(parent);
      const call = parentPath.key === 'callee' && isCall(parentPath.parent) ? (parentPath.parent as CallExpression) : null;
      // Case: `res.body.locked`, `res.statusCode`: a property, not a read
      if (!call || name === null) continue;
      // Case: `body.json()`, `res.resume()`
      if (ORDINARY_METHODS.has(name)) continue;
      // Case: `body.arrayBuffer()`, `res.body.blob()`
      if (DOWNLOAD_METHODS.has(name)) return { kind: 'download', evidence: `\`${text}.${name}()\``, node: parent };
      if (EMITTER_REGISTER_METHODS.has(name)) {
        const [event] = call.arguments;
        const eventName = event?.type === 'StringLiteral' ? event.value : null;
        // Case: `res.on('data', …)` with (a buffered read) or without (a stream) `res.on('end', …)`
        if (eventName === 'data' || eventName === 'readable') dataListener ??= { kind: 'stream', evidence: `\`${text}.${name}('${eventName}', …)\``, node: call };
        if (eventName === 'end') hasEndListener = true;
        if (eventName === 'error') hasErrorListener = true;
        continue;
      }
      // Case: `res.body.getReader()`, `.pipeTo(…)`, `.pipeThrough(…)`, `res.pipe(file)`, `.tee()`
      return { kind: 'stream', evidence: `\`${text}.${name}(${call.arguments.length > 0 ? '…' : ''})\``, node: parent };
    }
    // Case: `if (!res.body)`, `res.body === null`
    if (isTestPosition(value)) continue;
    // Case: `for await (const chunk of res.body)`
    if (parent.type === 'ForOfStatement') {
      if (value.key === 'right') return { kind: 'stream', evidence: `\`for ${parent.await ? 'await ' : ''}(… of ${text})\``, node: value.node };
      continue;
    }
    // Case: `pipeline(res, file)`, `Readable.toWeb(res)`
    if (isCall(parent) && value.key === 'arguments') {
      const callee = unwrapExpression((parent as CallExpression).callee);
      const calleeName = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
      if (calleeName !== null && STREAM_CONSUMERS.has(calleeName)) return { kind: 'stream', evidence: `\`${calleeName}(${text}, …)\``, node: parent };
    }
    // Case: `new Response(res.body)`, `Readable.fromWeb(res.body)`, `return res.body`, `const stream = res.body`
    if (options.handedOnIsStream && !isAssignmentTarget(value)) return { kind: 'stream', evidence: `\`${text}\``, node: value.node };
  }
  // Case: an http response collected in 'data' chunks until 'end' with no 'error' listener of its
  // own: an abort mid-body would emit 'error' on it unheard (openreplay's source map downloads)
  if (hasEndListener && dataListener && options.unheardErrorIsDownload && !hasErrorListener) {
    return { kind: 'download', evidence: `${dataListener.evidence} with no 'error' listener on the response`, node: dataListener.node };
  }
  return hasEndListener ? null : dataListener;
}

function isTestPosition(value: NodePath): boolean {
  const parent = value.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'UnaryExpression':
      return parent.operator === '!' || parent.operator === 'typeof';
    case 'BinaryExpression':
      return ['===', '!==', '==', '!='].includes(parent.operator);
    case 'IfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'ConditionalExpression':
    case 'ForStatement':
      return value.key === 'test';
    case 'LogicalExpression':
      return value.key === 'left' && parent.operator === '&&';
    default:
      return false;
  }
}

function isAssignmentTarget(value: NodePath): boolean {
  return value.parent?.type === 'AssignmentExpression' && value.key === 'left';
}

// ---------------------------------------------------------------------------------------------
// Node's http / https: the response arrives in a callback

function findHttpResponseRead(callPath: NodePath<CallExpression>): ResponseRead | null {
  for (const handler of findHttpResponseHandlers(callPath)) {
    const parameter = handler.node.params[0];
    if (parameter?.type !== 'Identifier') continue;
    const binding = findBinding(handler, parameter.name);
    if (!binding) continue;
    const read = findBodyStreamRead(findBindingReferences(handler, binding), { handedOnIsStream: false, unheardErrorIsDownload: true });
    if (read) return read;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** `return x`, or the expression body of an arrow function. */
function isReturnedValue(value: NodePath): boolean {
  const parent = value.parent;
  if (parent?.type === 'ReturnStatement') return true;
  return parent?.type === 'ArrowFunctionExpression' && value.key === 'body';
}

function isCall(node: Node | null | undefined): boolean {
  return node?.type === 'CallExpression' || node?.type === 'OptionalCallExpression';
}

/** `res.body`, `body`, or `.body` when the object is not a plain chain (`(await fetch(url)).body`). */
function describeValue(node: Node): string {
  const chain = getMemberChain(node);
  if (chain) return chain;
  const value = unwrapExpression(node);
  if (value.type === 'MemberExpression' || value.type === 'OptionalMemberExpression') return `….${getPropertyName(value) ?? 'body'}`;
  return '…';
}

function describeMember(member: Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }>): string {
  return getMemberChain(member) ?? `….${getPropertyName(member)}`;
}
