/**
 * Request options that say the response will be streamed or downloaded: an
 * `accept: 'text/event-stream'` header (Server-Sent Events), axios `responseType: 'stream'`,
 * `'blob'` or `'arraybuffer'` and `onDownloadProgress`, got `isStream: true` and
 * `responseType: 'buffer'`. Looks at the options literal (or the `const` literal it names), at
 * the `axios.create` config of an instance, and for `axios.create` itself at every call on the
 * instance in the file (the instance's `timeout` covers them all).
 */
import type { CallExpression, Node, ObjectExpression, StringLiteral } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getValuePath } from '../../src/analysis/resources/acquisition-handle';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findObjectProperty, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveHttpRequestCall, type HttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findConstObjectLiteral } from './request-deadline';
import type { ResponseRead, ResponseReadKind } from './response-read';
import { findBinding } from '../../src/analysis/syntax/scope';


/** A streaming or download option of the request (`path` is the request call), or `null`. */
export function findStreamingOptionsRead(path: NodePath<CallExpression>, request: HttpRequestCall): ResponseRead | null {
  const literal = getOptionsLiteral(path, request);
  const own = literal ? findOptionsLiteralRead(literal, request) : null;
  if (own) return own;
  // Case: `const api = axios.create(…)`: its `timeout` would cover every call on `api`
  if (request.client === 'axios-create') return findAxiosInstanceCallRead(path);
  if (request.client !== 'axios-instance' || !request.createCall) return null;
  // Case: `api.get(url)` on `axios.create({ responseType: 'stream' })`
  const [config] = request.createCall.arguments;
  const createConfig = config ? unwrapExpression(config) : null;
  return createConfig?.type === 'ObjectExpression' ? findOptionsLiteralRead(createConfig, request) : null;
}

/** The options object literal of the request (inline, or the `const` literal it names). */
function getOptionsLiteral(path: NodePath, request: HttpRequestCall): ObjectExpression | null {
  const { options } = request;
  if (options.kind === 'object') return options.node;
  if (options.kind === 'expression') return findConstObjectLiteral(path, options.node);
  return null;
}

const AXIOS_RESPONSE_TYPES: Record<string, ResponseReadKind | undefined> = { stream: 'stream', blob: 'download', arraybuffer: 'download' };

function findOptionsLiteralRead(options: ObjectExpression, request: HttpRequestCall): ResponseRead | null {
  // Case: `headers: { accept: 'text/event-stream' }`: Server-Sent Events never end on their own
  const eventStream = findEventStreamHeader(options);
  if (eventStream) return { kind: 'stream', evidence: `\`${eventStream.header}: '${eventStream.value.value}'\``, node: eventStream.value };
  const isAxios = request.client === 'axios' || request.client === 'axios-instance' || request.client === 'axios-create';
  if (isAxios) {
    // Case: `responseType: 'stream' | 'blob' | 'arraybuffer'` (a non-literal one may be 'stream')
    const responseType = findPropertyValue(options, 'responseType');
    if (responseType?.type === 'StringLiteral') {
      const kind = AXIOS_RESPONSE_TYPES[responseType.value.toLowerCase()];
      if (kind) return { kind, evidence: `\`responseType: '${responseType.value}'\``, node: responseType };
    } else if (responseType && responseType.type !== 'TemplateLiteral') {
      return { kind: 'stream', evidence: '`responseType` (not a literal: it may be \'stream\')', node: responseType };
    }
    // Case: `onDownloadProgress: (event) => …`
    const progress = findObjectProperty(options, 'onDownloadProgress');
    if (progress) return { kind: 'download', evidence: '`onDownloadProgress`', node: progress };
  }
  if (request.client === 'got') {
    // Case: `got(url, { isStream: true })`, `got(url, { responseType: 'buffer' })`
    const isStream = findPropertyValue(options, 'isStream');
    if (isStream?.type === 'BooleanLiteral' && isStream.value) return { kind: 'stream', evidence: '`isStream: true`', node: isStream };
    const responseType = findPropertyValue(options, 'responseType');
    if (responseType?.type === 'StringLiteral' && responseType.value === 'buffer') return { kind: 'download', evidence: "`responseType: 'buffer'`", node: responseType };
  }
  return null;
}

function findPropertyValue(object: ObjectExpression, name: string): Node | null {
  const property = findObjectProperty(object, name);
  return property?.type === 'ObjectProperty' ? unwrapExpression(property.value) : null;
}

/** A `text/event-stream` string among the values of a `headers: { … }` literal. */
function findEventStreamHeader(options: ObjectExpression): { header: string; value: StringLiteral } | null {
  const headers = findPropertyValue(options, 'headers');
  if (headers?.type !== 'ObjectExpression') return null;
  for (const property of headers.properties) {
    if (property.type !== 'ObjectProperty') continue;
    const value = unwrapExpression(property.value);
    if (value.type !== 'StringLiteral' || !/text\/event-stream/i.test(value.value)) continue;
    const key = property.key;
    return { header: key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : 'accept', value };
  }
  return null;
}

/** `const api = axios.create(…)`: the first call on `api` in the file whose config streams. */
function findAxiosInstanceCallRead(createPath: NodePath<CallExpression>): ResponseRead | null {
  const declarator = getValuePath(createPath).parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') return null;
  const binding = findBinding(createPath, declarator.id.name);
  if (!binding) return null;
  for (const reference of findBindingReferences(createPath, binding)) {
    const value = getValuePath(reference);
    // Case: `api.get(url, config)`, or `api(config)`
    const callPath = value.parent?.type === 'MemberExpression' && value.key === 'object' ? value.parentPath!.parentPath : value.parentPath;
    if (callPath?.node.type !== 'CallExpression') continue;
    const call = callPath as NodePath<CallExpression>;
    const callee = unwrapExpression(call.node.callee);
    if (callee !== value.node && callee !== value.parent) continue;
    const request = resolveHttpRequestCall(call);
    const literal = request?.client === 'axios-instance' ? getOptionsLiteral(call, request) : null;
    const read = literal && request ? findOptionsLiteralRead(literal, request) : null;
    if (read) return read;
  }
  return null;
}
