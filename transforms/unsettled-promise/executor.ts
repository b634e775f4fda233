/**
 * The executor of a `new Promise((resolve, reject) => …)` and what its body can reach: the
 * names of its two settle functions, and small questions the matcher asks of the body
 * (does it mention `reject`, a timer, an abort signal).
 */
import type { ArrowFunctionExpression, FunctionExpression, NewExpression, Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isGlobalReference } from '../../src/analysis/syntax/scope';

export interface PromiseExecutor {
  /** The `new Promise(…)` expression. */
  promise: NodePath<NewExpression>;
  fn: ArrowFunctionExpression | FunctionExpression;
  resolve: string;
  /** `null` when the executor does not take it. */
  reject: string | null;
}

/** `new Promise(fn)` with a function written in place whose parameters are plain identifiers. */
export function resolvePromiseExecutor(path: NodePath): PromiseExecutor | null {
  const node = path.node;
  if (node.type !== 'NewExpression') return null;
  if (node.callee.type !== 'Identifier' || node.callee.name !== 'Promise' || !isGlobalReference(path, 'Promise')) return null;
  const first = node.arguments[0];
  if (!first || node.arguments.length !== 1) return null;
  const fn = unwrapExpression(first);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return null;
  if (fn.async || fn.params.length === 0 || fn.params.length > 2) return null;
  const [resolve, reject] = fn.params;
  if (resolve?.type !== 'Identifier') return null;
  if (reject && reject.type !== 'Identifier') return null;
  return { promise: path as NodePath<NewExpression>, fn, resolve: resolve.name, reject: reject?.type === 'Identifier' ? reject.name : null };
}


const DEADLINE_NAMES = new Set(['setTimeout', 'setInterval', 'AbortSignal', 'AbortController']);
const ABORT_WORDS = /^(?:signal|abortSignal|aborted|abort|onabort|cancel|cancelled|canceled|cancelToken|timeout|timeoutId|timer|deadline)$/i;

/**
 * Whether the executor already has a way out besides the event: a timer (a deadline), an abort
 * signal, a cancel token. Spelled by name: a wrapper that mentions any of them was written with
 * the hang in mind, and is left to its author.
 */
export function hasDeadlineOrAbort(root: Node): boolean {
  let found = false;
  forEachNode(root, (node) => {
    if (found) return false;
    if (node.type === 'Identifier' && (DEADLINE_NAMES.has(node.name) || ABORT_WORDS.test(node.name))) found = true;
    else if (node.type === 'StringLiteral' && node.value === 'abort') found = true;
    return found ? false : undefined;
  });
  return found;
}
