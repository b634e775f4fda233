/**
 * Is this call an HTTP request, which client makes it, and where does its options object go?
 * The one place that knows the call shapes of `fetch` (global, `node-fetch`, `undici`),
 * `axios` (and its `axios.create` instances), `http`/`https`, `undici.request`/`stream`,
 * `got`, and the project's own wrappers named in configuration.
 *
 * Only platform and library functions count: a local function or a project import named
 * `fetch` is not the global `fetch` (configure it as a wrapper to include it).
 */
import type { CallExpression, Expression, Node, ObjectExpression } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getMemberChain, getPropertyName, resolveGlobalName, unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference, type ModuleReference } from '../syntax/module-reference';
import { findBinding, isFunctionNode } from '../syntax/scope';

export type HttpClient =
  /** global `fetch`, `window.fetch`, `globalThis.fetch`, `self.fetch` */
  | 'fetch'
  | 'node-fetch'
  | 'undici-fetch'
  | 'axios'
  /** a call on an instance made by `axios.create(...)` in the same file */
  | 'axios-instance'
  /** `axios.create(config)` itself: the place an instance gets its defaults */
  | 'axios-create'
  | 'http'
  | 'undici'
  | 'got'
  /** a project wrapper from the `fetchFunctions` option */
  | 'wrapper';

/** A project function that makes HTTP requests, and how it takes a deadline. */
export interface FetchFunction {
  /** `apiFetch`, or a member chain such as `api.request`. */
  name: string;
  /** `signal` (an AbortSignal option) or the name of a millisecond option (`timeout`). */
  deadline: string;
  /** Index of the options argument (default 1: `apiFetch(url, options)`). */
  argument: number;
  /** This wrapper's own deadline in milliseconds (instead of the rule's `timeoutMs`). */
  timeoutMs?: number;
}

export type OptionsArgument =
  /** No options argument yet: it goes after the last argument, `undefined` filling `missingBefore` gaps. */
  | { kind: 'absent'; missingBefore: number }
  /** No options argument yet: it goes in front of this callback (`http.get(url, { … }, callback)`). */
  | { kind: 'before-callback'; callback: Node }
  /** An object literal (type wrappers removed). */
  | { kind: 'object'; node: ObjectExpression; argument: Node }
  /** A literal `undefined` where the options go: replace it. */
  | { kind: 'undefined'; node: Node }
  /** A variable or other expression whose keys are unknown. */
  | { kind: 'expression'; node: Expression }
  /** The argument may be a URL or an options object; nothing can be said. */
  | { kind: 'unknown'; node: Node };

export interface HttpRequestCall {
  client: HttpClient;
  /** The callee as written, for messages: `fetch`, `axios.post`, `https.get`, `api.get`. */
  name: string;
  /**
   * The client method called (`get`, `stream`) or the imported function's name (`stream` from
   * `undici`); `null` for a direct call (`fetch(…)`, `got(…)`, `axios(…)`) and for wrappers.
   */
  method: string | null;
  options: OptionsArgument;
  /** Option keys that already give the request a deadline or a way to cancel it. */
  deadlineKeys: readonly string[];
  /** For `axios-instance`: the `axios.create(...)` call that made the instance. */
  createCall?: CallExpression;
  /** For `wrapper`: its configuration. */
  wrapper?: FetchFunction;
}

const AXIOS_CONFIG_SECOND = new Set(['get', 'delete', 'head', 'options']);
const AXIOS_CONFIG_THIRD = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const GOT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'stream']);
const HTTP_MODULES = new Set(['http', 'https']);
const HTTP_METHODS = new Set(['get', 'request']);

const DEADLINE_KEYS = {
  fetch: ['signal'],
  // node-fetch v2 also honours its own `timeout` option.
  'node-fetch': ['signal', 'timeout'],
  'undici-fetch': ['signal'],
  axios: ['signal', 'timeout', 'cancelToken'],
  'axios-instance': ['signal', 'timeout', 'cancelToken'],
  'axios-create': ['signal', 'timeout', 'cancelToken'],
  // `timeout` alone only emits an event on http requests; it is not a deadline.
  http: ['signal'],
  undici: ['signal', 'headersTimeout', 'bodyTimeout'],
  got: ['timeout', 'signal'],
} as const satisfies Record<Exclude<HttpClient, 'wrapper'>, readonly string[]>;

/** The HTTP request a call makes, or `null` when it is not one this analysis knows. */
export function resolveHttpRequestCall(path: NodePath<CallExpression>, wrappers: readonly FetchFunction[] = []): HttpRequestCall | null {
  const call = path.node;
  const callee = unwrapExpression(call.callee);
  const name = getMemberChain(callee) ?? 'fetch';
  const known = resolveClient(path, callee);
  if (known) {
    const { client, method, createCall } = known;
    const options = locateOptions(path, client, method, call.arguments);
    if (!options) return null;
    const result: HttpRequestCall = { client, name, method, options, deadlineKeys: DEADLINE_KEYS[client] };
    if (createCall) result.createCall = createCall;
    return result;
  }
  const wrapper = wrappers.find((candidate) => candidate.name === name);
  if (!wrapper) return null;
  const options = locateAt(path, call.arguments, wrapper.argument);
  if (!options) return null;
  return { client: 'wrapper', name, method: null, options, deadlineKeys: [...new Set([wrapper.deadline, 'signal'])], wrapper };
}

interface ResolvedClient {
  client: Exclude<HttpClient, 'wrapper'>;
  /** The method called on the client (`get`, `request`), or `null` for a direct call. */
  method: string | null;
  createCall?: CallExpression;
}

function resolveClient(path: NodePath, callee: Node): ResolvedClient | null {
  // Case: `fetch(…)`, `window.fetch(…)`, `globalThis.fetch(…)`, `self.fetch(…)`
  if (resolveGlobalName(path, callee) === 'fetch') return { client: 'fetch', method: null };
  // Case: a direct call of an imported function: `fetch` from node-fetch, `axios(…)`, `got(…)`, `request` from undici
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(path, callee.name);
    if (reference) return resolveImportedFunction(reference);
    const createCall = findAxiosCreateOf(path, callee.name);
    return createCall ? { client: 'axios-instance', method: null, createCall } : null;
  }
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return null;
  const method = getPropertyName(callee);
  const object = unwrapExpression(callee.object);
  if (!method || object.type !== 'Identifier') return null;
  const reference = resolveModuleReference(path, object.name);
  // Case: `api.get(…)` on `const api = axios.create(…)`
  if (!reference) {
    const createCall = findAxiosCreateOf(path, object.name);
    if (createCall && (AXIOS_CONFIG_SECOND.has(method) || AXIOS_CONFIG_THIRD.has(method) || method === 'request')) {
      return { client: 'axios-instance', method, createCall };
    }
    return null;
  }
  const whole = reference.imported === '*' || reference.imported === 'default';
  if (!whole) return null;
  switch (reference.source) {
    // Case: `axios.get(…)`, `axios.post(…)`, `axios.request(…)`, `axios.create(…)`
    case 'axios':
      if (method === 'create') return { client: 'axios-create', method };
      if (AXIOS_CONFIG_SECOND.has(method) || AXIOS_CONFIG_THIRD.has(method) || method === 'request') return { client: 'axios', method };
      return null;
    // Case: `got.get(…)`, `got.post(…)`
    case 'got':
      return GOT_METHODS.has(method) ? { client: 'got', method } : null;
    // Case: `http.get(…)`, `https.request(…)`
    case 'http':
    case 'https':
      return HTTP_METHODS.has(method) ? { client: 'http', method } : null;
    // Case: `undici.fetch(…)`, `undici.request(…)`, `undici.stream(…)`
    case 'undici':
      if (method === 'fetch') return { client: 'undici-fetch', method: null };
      return method === 'request' || method === 'stream' ? { client: 'undici', method } : null;
    default:
      return null;
  }
}

function resolveImportedFunction(reference: ModuleReference): ResolvedClient | null {
  const whole = reference.imported === 'default' || (reference.imported === '*' && reference.via === 'require');
  switch (reference.source) {
    case 'node-fetch':
      return whole ? { client: 'node-fetch', method: null } : null;
    case 'axios':
      return whole ? { client: 'axios', method: null } : null;
    case 'got':
      return whole || reference.imported === 'got' ? { client: 'got', method: null } : null;
    case 'undici':
      if (reference.imported === 'fetch') return { client: 'undici-fetch', method: null };
      return reference.imported === 'request' || reference.imported === 'stream' ? { client: 'undici', method: reference.imported } : null;
    default:
      // Case: `import { get } from 'node:https'`
      return HTTP_MODULES.has(reference.source) && HTTP_METHODS.has(reference.imported) ? { client: 'http', method: reference.imported } : null;
  }
}

/** The `axios.create(…)` call a same-file `const api = axios.create(…)` was made by. */
export function findAxiosCreateOf(path: NodePath, name: string): CallExpression | null {
  const binding = findBinding(path, name);
  if (!binding || binding.declaration.type !== 'VariableDeclarator' || binding.declaration.id.type !== 'Identifier') return null;
  const init = binding.declaration.init ? unwrapExpression(binding.declaration.init) : null;
  if (init?.type !== 'CallExpression') return null;
  const callee = unwrapExpression(init.callee);
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'create' || callee.object.type !== 'Identifier') return null;
  const reference = resolveModuleReference(path, callee.object.name);
  return reference?.source === 'axios' && (reference.imported === 'default' || reference.imported === '*') ? init : null;
}

// ---------------------------------------------------------------------------------------------
// Where the options argument is

type Argument = CallExpression['arguments'][number];

function locateOptions(path: NodePath, client: ResolvedClient['client'], method: string | null, args: readonly Argument[]): OptionsArgument | null {
  switch (client) {
    case 'fetch':
    case 'node-fetch':
    case 'undici-fetch':
      // Case: `fetch(input)` / `fetch(input, init)`
      return args.length === 0 || args.length > 2 ? null : locateAt(path, args, 1);
    case 'undici':
      // Case: `request(url, options)` / `stream(url, options, factory)`
      return args.length === 0 ? null : locateAt(path, args, 1);
    case 'axios-create':
      return locateAt(path, args, 0);
    case 'axios':
    case 'axios-instance':
      if (method === null) return locateUrlOrConfig(path, args);
      // Case: `axios.request(config)`
      if (method === 'request') return args.length === 0 ? null : locateAt(path, args, 0);
      // Case: `axios.post(url, data, config)` / `axios.get(url, config)`
      return args.length === 0 ? null : locateAt(path, args, AXIOS_CONFIG_THIRD.has(method) ? 2 : 1);
    case 'got':
      if (method !== null) return args.length === 0 ? null : locateAt(path, args, 1);
      return locateUrlOrConfig(path, args);
    case 'http':
      return locateHttpOptions(path, args);
  }
}

/** The argument at `index`: an object literal, an expression, a callback to go before, or absent. */
function locateAt(path: NodePath, args: readonly Argument[], index: number): OptionsArgument | null {
  if (args.slice(0, index + 1).some((arg) => arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder')) return null;
  const argument = args[index];
  if (!argument) return { kind: 'absent', missingBefore: index - args.length };
  const value = unwrapExpression(argument);
  if (value.type === 'ObjectExpression') return { kind: 'object', node: value, argument };
  if (isCallback(path, value)) return { kind: 'before-callback', callback: argument };
  if (value.type === 'Identifier' && value.name === 'undefined') return { kind: 'undefined', node: argument };
  return { kind: 'expression', node: argument as Expression };
}

/** `axios(config)` / `axios(url)` / `axios(url, config)`; `got(url, options)` / `got(options)`. */
function locateUrlOrConfig(path: NodePath, args: readonly Argument[]): OptionsArgument | null {
  const [first] = args;
  if (!first || first.type === 'SpreadElement' || first.type === 'ArgumentPlaceholder') return null;
  if (args.length >= 2) return locateAt(path, args, 1);
  const kind = classifyUrlOrOptions(path, first);
  if (kind === 'url') return locateAt(path, args, 1);
  if (kind === 'options') return locateAt(path, args, 0);
  return { kind: 'unknown', node: first };
}

/** `http.get(url, options?, callback?)` or `http.get(options, callback?)`. */
function locateHttpOptions(path: NodePath, args: readonly Argument[]): OptionsArgument | null {
  const [first, second] = args;
  if (!first || first.type === 'SpreadElement' || first.type === 'ArgumentPlaceholder') return null;
  const kind = classifyUrlOrOptions(path, first);
  if (kind === 'options') return locateAt(path, args, 0);
  const secondValue = second && second.type !== 'SpreadElement' && second.type !== 'ArgumentPlaceholder' ? unwrapExpression(second) : null;
  // Case: `(url, options, callback)`: three arguments, or an object literal second
  if (kind === 'url' || args.length === 3 || secondValue?.type === 'ObjectExpression') return locateAt(path, args, 1);
  return { kind: 'unknown', node: first };
}

function isCallback(path: NodePath, node: Node): boolean {
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') return true;
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(path, node.name);
  if (binding?.kind === 'function') return true;
  if (binding?.declaration.type === 'VariableDeclarator' && binding.declaration.init && isFunctionNode(unwrapExpression(binding.declaration.init))) return true;
  return /^(cb|callback|done|next|on[A-Z]\w*|handle[A-Z]\w*)$/.test(node.name);
}

const URL_NAME = /(^|[a-z_$])(url|uri|href|endpoint|link|address)$|^(url|uri|href|endpoint|address)/i;
const OPTIONS_NAME = /(options|opts|config|cfg|init|settings|params|requestOptions)$/i;

/** Whether an argument is a URL or an options object, from its shape, declaration, type or name. */
export function classifyUrlOrOptions(path: NodePath, node: Node, depth = 0): 'url' | 'options' | 'unknown' {
  const value = unwrapExpression(node);
  switch (value.type) {
    // Case: `'https://…'`, `` `${base}/x` ``, `base + '/x'`, `new URL(…)`
    case 'StringLiteral':
    case 'TemplateLiteral':
      return 'url';
    case 'BinaryExpression':
      return value.operator === '+' ? 'url' : 'unknown';
    case 'NewExpression':
      return value.callee.type === 'Identifier' && value.callee.name === 'URL' ? 'url' : 'unknown';
    // Case: `{ hostname, path }`
    case 'ObjectExpression':
      return 'options';
    case 'Identifier': {
      const binding = findBinding(path, value.name);
      // Case: `const url = '…'`, `const options = { … }`
      if (binding?.declaration.type === 'VariableDeclarator' && binding.declaration.init && depth < 3) {
        const fromInit = classifyUrlOrOptions(path, binding.declaration.init, depth + 1);
        if (fromInit !== 'unknown') return fromInit;
      }
      // Case: `(url: string)`, `(options: RequestOptions)`
      const annotation = (binding?.identifier as { typeAnnotation?: Node | null } | undefined)?.typeAnnotation;
      if (annotation?.type === 'TSTypeAnnotation') {
        const type = annotation.typeAnnotation;
        if (type.type === 'TSStringKeyword' || (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'URL')) return 'url';
        if (type.type === 'TSTypeReference' || type.type === 'TSTypeLiteral') return 'options';
      }
      return classifyName(value.name);
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return classifyName(getPropertyName(value) ?? '');
    default:
      return 'unknown';
  }
}

function classifyName(name: string): 'url' | 'options' | 'unknown' {
  if (URL_NAME.test(name)) return 'url';
  if (OPTIONS_NAME.test(name)) return 'options';
  return 'unknown';
}
