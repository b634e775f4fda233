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
 * report every error a second time. Used by unconsumed-promise only.
 */
import type { Node } from '@babel/types';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';

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
