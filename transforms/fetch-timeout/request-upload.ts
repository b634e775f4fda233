/**
 * What an HTTP request (see `http-request-call.ts`) sends, and whether a fixed deadline on the
 * whole request could cut it: an upload of unknown size, or long server work on what it sends.
 *
 * The line drawn (docs/rules/fetch-timeout.md, "Requests that send a body"): a request sends
 * a *small literal body* when it has no body (fetch `body`, axios `data` / the data argument of
 * `post`/`put`/`patch`, got `body`/`json`/`form`, undici `body`, http `req.write(x)` /
 * `req.end(x)`), or when the body is
 * - a literal: a string, number, boolean, `null`, `undefined`, a template without `${}`;
 * - `JSON.stringify(o)` or (axios `data`, got `json`) the object `o` itself, where `o` is an
 *   object literal of at most 8 properties, without spread, methods or computed keys, whose
 *   values are literals, identifiers or member chains (`user.id`), not nested objects, arrays
 *   or calls, and none of them named like bulk data (`image`, `file`, `content`, `scene`, …)
 *   or like a generation input (`prompt`, `messages`, `input`, …);
 * - `new URLSearchParams(…)` of such a literal (or of a literal string).
 * Anything else is an upload: a variable, `FormData`, `Blob`, `File`, a stream,
 * `JSON.stringify` of other data, a call.
 *
 * Whatever the body, a request whose literal URL path names long server work (a word starting
 * with setup, install, migrat, import, export, generat, backup, restore, deploy, render,
 * convert, transcod, upload, completion, analy[sz], train, transcri, collect, scrap, crawl,
 * embed, reload, restart, reindex, rebuild, recreat, classif, translate, summari[sz], caption,
 * synthes, diagnos — a diagnostics run executes every check before it answers: rancher-desktop's
 * `runDiagnostics` POST), or that is made in a function so named
 * (`collect`, `exportChats`, `forceReload`), waits for that work: it is `long-work`.
 */
import type { CallExpression, Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { findObjectProperty, getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { HttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findConstObjectLiteral } from './request-deadline';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { getFunctionName, splitWords } from './returned-response';

export interface RequestUpload {
  /**
   * `upload`: the body may be large; `server-work`: the server generates from it (may be slow);
   * `long-work`: the URL path or the calling function is named for long server work, body or not.
   */
  kind: 'upload' | 'server-work' | 'long-work';
  /** What is sent, for messages: `` `formData` (a FormData) ``, `` `JSON.stringify(scene)` ``. */
  evidence: string;
  node: Node;
  /** `long-work` only for the name of the function the request is made in (`handleImport`), not its URL or body. */
  byFunctionName?: boolean;
}

const MAX_FIELDS = 8;
const BULK_NAME = /image|img|photo|picture|video|audio|file|blob|buffer|bytes|base64|dataurl|content|scene|element|document|attachment|payload|upload|chunk|html|markdown|svg|canvas/i;
const GENERATION_NAME = /prompt|messages|completion|input|instruction|question/i;
const UPLOAD_TYPES = new Set(['FormData', 'Blob', 'File', 'ReadableStream', 'ArrayBuffer', 'Uint8Array', 'Buffer', 'DataView']);
const AXIOS_DATA_METHODS = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);

/** The body a request sends when it is not a small literal one, else `null`. */
export function findRequestUpload(path: NodePath<CallExpression>, request: HttpRequestCall): RequestUpload | null {
  for (const { node, serialized } of findBodies(path, request)) {
    const upload = classifyBody(path, node, serialized);
    if (upload) return upload;
  }
  return findLongWorkUrl(path, request) ?? (request.client === 'axios-create' ? null : findLongWorkFunction(path));
}

const LONG_WORK_STEMS = 'setup|install|migrat|import(?!ant)|export|generat|backup|restore|deploy|render|convert|transcod|upload|completion|analy[sz]|train|transcri|collect(?!ion)|scrap|crawl|embed|reload|restart|reindex|rebuild|recreat|classif|translate|summari[sz]|caption|synthes|diagnos';
const LONG_WORK_WORD = new RegExp(`(?:^|[^a-z])(${LONG_WORK_STEMS})`, 'i');
const LONG_WORK_NAME_WORD = new RegExp(`^(?:${LONG_WORK_STEMS})`);

/** `fetch('/api/setup-database', …)`: the literal parts of the URL name long server work. */
function findLongWorkUrl(path: NodePath<CallExpression>, request: HttpRequestCall): RequestUpload | null {
  if (request.client === 'axios-create') return null;
  const [first] = path.node.arguments;
  if (!first || first.type === 'SpreadElement' || first.type === 'ArgumentPlaceholder') return null;
  const literal = getLiteralText(unwrapExpression(first));
  if (literal === null) return null;
  // Only the path counts: `https://setup.example.com` names a host, `?export=1` a flag
  const urlPath = literal.replace(/^(?:[a-z]+:)?\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const word = LONG_WORK_WORD.exec(urlPath);
  return word ? { kind: 'long-work', evidence: `\`${urlPath.trim()}\``, node: first } : null;
}

/**
 * `collect: async function ({ repo }) { return fetch(`${API}/ext/github/repo`, …) }`: the function
 * the request is made in is named for long server work (anything-llm's connectors, which load a
 * whole repository before they answer; `exportChats`, `forceReload`).
 */
function findLongWorkFunction(path: NodePath<CallExpression>): RequestUpload | null {
  const fn = path.findParent((parent) => isFunctionNode(parent.node));
  const name = fn ? getFunctionName(fn) : null;
  if (name === null || !splitWords(name).some((word) => LONG_WORK_NAME_WORD.test(word))) return null;
  return { kind: 'long-work', evidence: `\`${name}\``, node: path.node.callee, byFunctionName: true };
}

/** The literal text of a URL (`…` for computed parts): a string, a template, `a + '/x'`; `null` when nothing is literal. */
function getLiteralText(node: Node): string | null {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((quasi) => quasi.value.cooked ?? '').join('…');
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const left = node.left.type === 'PrivateName' ? null : getLiteralText(node.left);
    const right = getLiteralText(node.right);
    return left === null && right === null ? null : `${left ?? '…'}${right ?? '…'}`;
  }
  return null;
}

interface Body {
  node: Node;
  /** The client serializes a plain object itself (axios `data`, got `json`). */
  serialized: boolean;
}

function findBodies(path: NodePath<CallExpression>, request: HttpRequestCall): Body[] {
  const args = path.node.arguments;
  const fromOptions = (keys: readonly string[], serialized: readonly string[] = []): Body[] => {
    const { options } = request;
    const object = options.kind === 'object' ? options.node : options.kind === 'expression' ? findConstObjectLiteral(path, options.node) : null;
    if (!object) return [];
    return keys.flatMap((key) => {
      const property = findObjectProperty(object, key);
      // Case: `{ body() { … } }` is no body value this analysis can read
      if (!property) return [];
      const node = property.type === 'ObjectProperty' ? property.value : property;
      return [{ node, serialized: serialized.includes(key) }];
    });
  };
  switch (request.client) {
    case 'fetch':
    case 'node-fetch':
    case 'undici-fetch':
    case 'undici':
      return fromOptions(['body']);
    case 'wrapper':
      return fromOptions(['body', 'data'], ['data']);
    case 'got':
      return fromOptions(['body', 'json', 'form'], ['json', 'form']);
    case 'axios':
    case 'axios-instance': {
      // Case: `axios.post(url, data, config)`
      const data = request.method && AXIOS_DATA_METHODS.has(request.method) ? args[1] : undefined;
      if (data && data.type !== 'SpreadElement' && data.type !== 'ArgumentPlaceholder') return [{ node: data, serialized: true }];
      return fromOptions(['data'], ['data']);
    }
    case 'http':
      return findHttpWrites(path);
    case 'axios-create':
      return [];
  }
}

/** `http.request(…).end(body)`, or `req.write(body)` / `req.end(body)` on `const req = http.request(…)`. */
function findHttpWrites(path: NodePath<CallExpression>): Body[] {
  const bodies: Body[] = [];
  const take = (call: CallExpression): void => {
    const [first] = call.arguments;
    // `req.end(callback)` sends nothing
    if (first && first.type !== 'SpreadElement' && first.type !== 'ArgumentPlaceholder' && !isFunctionValue(first)) bodies.push({ node: first, serialized: false });
  };
  const member = path.parent;
  const chained = path.parentPath?.parent;
  if (member?.type === 'MemberExpression' && member.object === path.node && chained?.type === 'CallExpression' && chained.callee === member) {
    const method = getPropertyName(member);
    if (method === 'end' || method === 'write') take(chained);
    return bodies;
  }
  const declarator = path.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') return bodies;
  const name = declarator.id.name;
  const binding = findBinding(path, name);
  if (!binding) return bodies;
  const isRequest = (node: Node | undefined): boolean => node !== undefined && unwrapExpression(node).type === 'Identifier' && (unwrapExpression(node) as { name: string }).name === name;
  forEachNode(binding.scope, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = unwrapExpression(node.callee);
    // Case: `readStream.pipe(req)`, `pipeline(readStream, req, cb)`: a stream is sent as the body
    // (overleaf's stress test PUTs a file of a size given on the command line)
    if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'pipe' && isRequest(node.arguments[0] as Node | undefined)) {
      bodies.push({ node: callee.object, serialized: false });
      return;
    }
    const calleeName = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
    if (calleeName === 'pipeline' && node.arguments.slice(1).some((argument) => isRequest(argument as Node))) {
      const first = node.arguments[0];
      if (first && first.type !== 'SpreadElement' && first.type !== 'ArgumentPlaceholder') bodies.push({ node: first, serialized: false });
      return;
    }
    if (callee.type !== 'MemberExpression') return;
    const object = unwrapExpression(callee.object);
    const method = getPropertyName(callee);
    if (object.type === 'Identifier' && object.name === name && (method === 'end' || method === 'write')) take(node);
  });
  return bodies;
}

function isFunctionValue(node: Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression';
}

function classifyBody(path: NodePath, node: Node, serialized: boolean): RequestUpload | null {
  const value = unwrapExpression(node);
  const text = describeNode(value);
  if (isLiteral(value)) return null;
  // Case: `JSON.stringify({ id, done: true })`
  if (value.type === 'CallExpression' && getMemberChain(value.callee) === 'JSON.stringify') {
    const [data] = value.arguments;
    if (data && data.type !== 'SpreadElement' && data.type !== 'ArgumentPlaceholder') {
      const field = findBulkField(unwrapExpression(data));
      if (field === null) return null;
      const chain = getMemberChain(unwrapExpression(data));
      return toUpload(field ?? { kind: 'upload', evidence: chain ? `\`JSON.stringify(${chain})\`` : text }, node);
    }
  }
  // Case: axios `data: { id }`, got `json: { id }`: serialized by the client
  if (serialized && value.type === 'ObjectExpression') {
    const field = findBulkField(value);
    if (field === null) return null;
    return toUpload(field ?? { kind: 'upload', evidence: text }, node);
  }
  // Case: `new URLSearchParams({ q })`, `new URLSearchParams('a=1')`
  if (value.type === 'NewExpression' && value.callee.type === 'Identifier') {
    const type = value.callee.name;
    if (type === 'URLSearchParams') {
      const [data] = value.arguments;
      const inner = data && data.type !== 'SpreadElement' && data.type !== 'ArgumentPlaceholder' ? unwrapExpression(data) : null;
      if (!inner || isLiteral(inner) || (inner.type === 'ObjectExpression' && findBulkField(inner) === null)) return null;
      return { kind: 'upload', evidence: `${text} (URLSearchParams of unknown size)`, node };
    }
    return { kind: 'upload', evidence: UPLOAD_TYPES.has(type) ? `${text} (a ${type})` : text, node };
  }
  // Case: `const form = new FormData(); … body: form`
  if (value.type === 'Identifier') {
    const binding = findBinding(path, value.name);
    const init = binding?.declaration.type === 'VariableDeclarator' && binding.declaration.id.type === 'Identifier' ? binding.declaration.init : null;
    const made = init ? unwrapExpression(init) : null;
    if (made?.type === 'NewExpression' && made.callee.type === 'Identifier' && UPLOAD_TYPES.has(made.callee.name)) {
      return { kind: 'upload', evidence: `${text} (a ${made.callee.name})`, node };
    }
    if (GENERATION_NAME.test(value.name)) return { kind: 'server-work', evidence: text, node };
  }
  return { kind: 'upload', evidence: text, node };
}

function toUpload(field: Omit<RequestUpload, 'node'>, node: Node): RequestUpload {
  return { ...field, node };
}

/**
 * `null` when `object` is a small literal-ish object; else the field that makes it an upload
 * (or `undefined` when the object as a whole is not one).
 */
function findBulkField(object: Node): Omit<RequestUpload, 'node'> | null | undefined {
  if (object.type !== 'ObjectExpression' || object.properties.length > MAX_FIELDS) return undefined;
  for (const property of object.properties) {
    if (property.type !== 'ObjectProperty' || property.computed) return undefined;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    if (key === null) return undefined;
    const value = unwrapExpression(property.value);
    if (isLiteral(value)) continue;
    const chain = value.type === 'Identifier' || value.type === 'MemberExpression' ? getMemberChain(value) : null;
    if (!chain) return undefined;
    const names = `${key} ${chain.split('.').pop()!}`;
    if (GENERATION_NAME.test(names)) return { kind: 'server-work', evidence: `\`${key}\`` };
    if (BULK_NAME.test(names)) return { kind: 'upload', evidence: `\`${key}\`` };
  }
  return null;
}

function isLiteral(node: Node): boolean {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
      return true;
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'Identifier':
      return node.name === 'undefined';
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '!') && isLiteral(node.argument);
    default:
      return false;
  }
}

function describeNode(node: Node): string {
  if (node.type === 'Identifier') return `\`${node.name}\``;
  const chain = getMemberChain(node);
  if (chain) return `\`${chain}\``;
  if (node.type === 'CallExpression') {
    const callee = getMemberChain(node.callee);
    if (callee) return `\`${callee}(…)\``;
  }
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier') return `\`new ${node.callee.name}(…)\``;
  return 'a computed body';
}
