/**
 * A response handed to the caller (`return fetch(url)`, `return await fetch(url)`,
 * `return res`) is read where no analysis of this function can see. The function may still say
 * how: its name has a word starting with "stream" or "download" (`streamCompletion`,
 * `downloadReport`, `download_file`; not `checkUpstream`), or its return type names a stream or
 * binary type (`Promise<ReadableStream>`, `Readable`, `Blob`, `ArrayBuffer`, or a type whose
 * name has such a word, `StreamingResponse`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getValuePath } from '../../src/analysis/resources/acquisition-handle';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import type { ResponseRead } from './response-read';
import { isFunctionNode } from '../../src/analysis/syntax/scope';

const STREAM_TYPE_NAMES = new Set(['Readable', 'ReadableStream', 'IncomingMessage', 'AsyncIterable', 'AsyncIterableIterator', 'AsyncGenerator']);
const DOWNLOAD_TYPE_NAMES = new Set(['Blob', 'ArrayBuffer', 'Buffer', 'Uint8Array', 'File']);

/**
 * How the caller reads a response the function returns (`value` is the returned expression:
 * `return fetch(url)`, `return res`, an arrow's expression body), as far as the function says:
 * `null` when neither its name nor its return type mentions a stream or a download.
 */
export function findReturnedResponseRead(value: NodePath): ResponseRead | null {
  const fn = value.findParent((path) => isFunctionNode(path.node));
  if (!fn) return null;
  const name = getFunctionName(fn);
  const words = name ? splitWords(name) : [];
  if (words.some((word) => word.startsWith('download'))) return { kind: 'download', evidence: `\`${name}\` returns the response`, node: value.node };
  if (words.some((word) => word.startsWith('stream'))) return { kind: 'stream', evidence: `\`${name}\` returns the response`, node: value.node };
  for (const typeName of getReturnTypeNames(fn.node)) {
    const typeWords = splitWords(typeName);
    if (DOWNLOAD_TYPE_NAMES.has(typeName) || typeWords.some((word) => word.startsWith('download'))) {
      return { kind: 'download', evidence: `its function returns \`${typeName}\``, node: value.node };
    }
    if (STREAM_TYPE_NAMES.has(typeName) || typeWords.some((word) => word.startsWith('stream'))) {
      return { kind: 'stream', evidence: `its function returns \`${typeName}\``, node: value.node };
    }
  }
  return null;
}

/**
 * The name of the function the request is made in when a word of it starts with "download"
 * (`downloadFile`, `download_report`): the body it reads, even as text, is a file of unknown size
 * (FlowiseAI's Google Drive loader: `downloadFile()` reads `?alt=media` with `response.text()`).
 */
export function getDownloadFunctionName(at: NodePath): string | null {
  const fn = at.findParent((path) => isFunctionNode(path.node));
  const name = fn ? getFunctionName(fn) : null;
  return name !== null && splitWords(name).some((word) => word.startsWith('download')) ? name : null;
}

/** `streamChat`, `stream_chat`, `StreamChat` -> `['stream', 'chat']`. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_$]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

export function getFunctionName(fn: NodePath): string | null {
  const node = fn.node as Node & { id?: Node | null; key?: Node };
  if (node.id?.type === 'Identifier') return node.id.name;
  // Case: `class A { streamChat() {} }`, `{ streamChat() {} }`
  if ((node.type === 'ClassMethod' || node.type === 'ObjectMethod' || node.type === 'ClassPrivateMethod') && node.key) {
    return node.key.type === 'Identifier' ? node.key.name : node.key.type === 'PrivateName' ? node.key.id.name : node.key.type === 'StringLiteral' ? node.key.value : null;
  }
  const holder = getValuePath(fn).parent;
  if (!holder) return null;
  // Case: `const streamChat = async () => …`
  if (holder.type === 'VariableDeclarator' && holder.id.type === 'Identifier') return holder.id.name;
  // Case: `{ streamChat: async () => … }`, `class A { streamChat = async () => … }`
  if ((holder.type === 'ObjectProperty' || holder.type === 'ClassProperty') && holder.key.type === 'Identifier') return holder.key.name;
  // Case: `exports.streamChat = …`, `this.download = …`
  if (holder.type === 'AssignmentExpression') {
    const left = holder.left;
    if (left.type === 'Identifier') return left.name;
    if (left.type === 'MemberExpression') return getPropertyName(left);
  }
  return null;
}

/** Type names in a function's return type annotation: `Promise<ReadableStream<Uint8Array>>` -> all three. */
function getReturnTypeNames(fn: Node): string[] {
  const annotation = (fn as { returnType?: Node | null }).returnType;
  if (annotation?.type !== 'TSTypeAnnotation') return [];
  const names: string[] = [];
  const stack: Node[] = [annotation.typeAnnotation];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'TSTypeReference') {
      const typeName = node.typeName;
      names.push(typeName.type === 'Identifier' ? typeName.name : typeName.type === 'TSQualifiedName' ? typeName.right.name : '');
      stack.push(...((node as { typeParameters?: { params: Node[] } | null }).typeParameters?.params ?? []));
    } else if (node.type === 'TSUnionType' || node.type === 'TSIntersectionType') {
      stack.push(...node.types);
    } else if (node.type === 'TSArrayType') {
      stack.push(node.elementType);
    }
  }
  return names.filter((name) => name !== '');
}
