/**
 * A call handed an error-first callback written in place, as its last argument:
 *
 *   cluster.cluster('INFO', (err, res) => {
 *     if (err) return callback(err);
 *     …
 *   });
 *
 * The callback takes two parameters at least, and its first is the error: the callback tests it
 * in an `if` (`if (err)`, `if (!err)`, `if (err != null)`), throws it, or hands it on as the
 * first argument of a call (`callback(err)`, `reject(err)`). One parameter is no sign: `(rows) =>
 * { if (rows) … }` takes the value first. An API that takes such a callback and returns a promise too
 * (ioredis's commands, mongoose's queries, the `standard-as-callback` pattern) passes its errors
 * to the callback and hangs the callback on its own promise as the rejection handler: the
 * promise it returns is handled. Only an API that does not would leave a rejection unhandled, so
 * unconsumed-promise reports such a call `low`, with no fix: a `.catch(…)` added there would
 * report every error a second time. Not so for an `async` function of the file (isOwnAsyncFunctionCall):
 * the promise it returns is made by the runtime, nothing in its body can hang the callback on
 * it, so an error its body lets out (an `await` outside its `try`) rejects that promise and never
 * reaches the callback. Used by unconsumed-promise only.
 */
import type { Node } from '@babel/types';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { NodePath } from '../../src/core/traverse';
import { resolveCalledFunction } from './self-handled';

const PROMISE_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/** The error-first callback `call` is handed as its last argument, or `null`. */
export function getErrorFirstCallback(call: Node): Node | null {
  const value = unwrapExpression(call);
  if (value.type !== 'CallExpression' && value.type !== 'OptionalCallExpression') return null;
  // Not the promise's own methods: `.then((result) => { if (result) … })` takes the value first
  const callee = unwrapExpression(value.callee);
  if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && PROMISE_METHODS.has(getPropertyName(callee) ?? '')) return null;
  const last = value.arguments.at(-1);
  if (!last || (last.type !== 'ArrowFunctionExpression' && last.type !== 'FunctionExpression') || last.async || last.generator) return null;
  // Two parameters at least, the error and the result (`(rows) => { if (rows) … }` takes the value first)
  const first = last.params[0];
  if (first?.type !== 'Identifier' || last.params.length < 2) return null;
  const name = first.name;
  const isError = (node: Node | null | undefined): boolean => {
    const inner = node ? unwrapExpression(node) : null;
    if (!inner) return false;
    if (inner.type === 'Identifier') return inner.name === name;
    // Case: `if (!err)`
    if (inner.type === 'UnaryExpression' && inner.operator === '!') return isError(inner.argument);
    // Case: `err != null`, `err !== undefined`, `err instanceof Error`
    if (inner.type === 'BinaryExpression' && ['!=', '!==', '==', '===', 'instanceof'].includes(inner.operator)) return isError(inner.left as Node);
    // Case: `if (err && err.code !== 'ENOENT')`
    if (inner.type === 'LogicalExpression') return isError(inner.left);
    return false;
  };
  // Only the callback's own code: a nested function may be another callback with its own `err`
  return someInOwnCode(last.body, (node) => {
    if (node.type === 'IfStatement' && isError(node.test)) return true;
    if (node.type === 'ThrowStatement') return isError(node.argument);
    if (node.type === 'CallExpression' && node.arguments.length > 0) {
      const [argument] = node.arguments;
      return argument!.type === 'Identifier' && argument.name === name;
    }
    return false;
  })
    ? last
    : null;
}

/**
 * `getMyNotes(id, (err, notes) => { … })` where `getMyNotes` is an `async` function of this file
 * (or the class's own private method, or an async IIFE): whatever callback it takes, its errors
 * reach the caller only as the rejection of its promise.
 */
export function isOwnAsyncFunctionCall(path: NodePath, call: Node): boolean {
  const fn = resolveCalledFunction(path, call);
  if (!fn) return false;
  const value = fn.type === 'VariableDeclarator' ? null : unwrapExpression(fn);
  return (
    value !== null &&
    (value.type === 'FunctionDeclaration' || value.type === 'FunctionExpression' || value.type === 'ArrowFunctionExpression' || value.type === 'ClassMethod' || value.type === 'ClassPrivateMethod') &&
    value.async === true &&
    !value.generator
  );
}
