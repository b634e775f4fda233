/**
 * The executor of a `new Promise((resolve, reject) => …)` written in place: the function and the
 * names of its two settle functions. unsettled-promise asks what the executor waits for;
 * unconsumed-promise asks whether a promise chain dropped in it is how it settles.
 */
import type { ArrowFunctionExpression, FunctionExpression, NewExpression, Node } from '@babel/types';
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

/**
 * `new Promise(fn)` with a function written in place whose parameters are plain identifiers (not
 * async); also bound to a `this` with nothing else (`new Promise(function (resolve, reject) {
 * … }.bind(this))`: the parameters stay the executor's).
 */
export function resolvePromiseExecutor(path: NodePath): PromiseExecutor | null {
  const node = path.node;
  if (node.type !== 'NewExpression') return null;
  if (node.callee.type !== 'Identifier' || node.callee.name !== 'Promise' || !isGlobalReference(path, 'Promise')) return null;
  const first = node.arguments[0];
  if (!first || node.arguments.length !== 1) return null;
  const fn = unwrapBoundFunction(unwrapExpression(first));
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return null;
  if (fn.async || fn.params.length === 0 || fn.params.length > 2) return null;
  const [resolve, reject] = fn.params;
  if (resolve?.type !== 'Identifier') return null;
  if (reject && reject.type !== 'Identifier') return null;
  return { promise: path as NodePath<NewExpression>, fn, resolve: resolve.name, reject: reject?.type === 'Identifier' ? reject.name : null };
}

/** The executor `fn` (a function's path) is, written as `new Promise(fn)` or `new Promise(fn.bind(this))`, else `null`. */
export function resolveExecutorOfFunction(fn: NodePath): PromiseExecutor | null {
  let outer = fn.parentPath;
  // Case: `function (resolve) {…}.bind(this)`: step out of the member and its call.
  if (outer?.node.type === 'MemberExpression' && fn.key === 'object' && outer.parentPath?.node.type === 'CallExpression' && outer.key === 'callee') outer = outer.parentPath.parentPath;
  const executor = outer ? resolvePromiseExecutor(outer) : null;
  return executor?.fn === fn.node ? executor : null;
}

/** `fn.bind(thisArg)` with one argument: `fn`; else the node itself. */
function unwrapBoundFunction(node: Node): Node {
  if (node.type !== 'CallExpression' || node.arguments.length !== 1) return node;
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'bind') return node;
  const object = unwrapExpression(callee.object);
  return object.type === 'FunctionExpression' || object.type === 'ArrowFunctionExpression' ? object : node;
}
