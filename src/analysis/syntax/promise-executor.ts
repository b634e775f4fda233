/**
 * The executor of a `new Promise((resolve, reject) => …)` written in place: the function and the
 * names of its two settle functions. unsettled-promise asks what the executor waits for;
 * unconsumed-promise asks whether a promise chain dropped in it is how it settles.
 */
import type { ArrowFunctionExpression, FunctionExpression, NewExpression } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { unwrapExpression } from './expressions';
import { isGlobalReference } from './scope';

export interface PromiseExecutor {
  /** The `new Promise(…)` expression. */
  promise: NodePath<NewExpression>;
  fn: ArrowFunctionExpression | FunctionExpression;
  resolve: string;
  /** `null` when the executor does not take it. */
  reject: string | null;
}

/** `new Promise(fn)` with a function written in place whose parameters are plain identifiers (not async). */
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
