/**
 * An error-first completion callback, which the call that takes it runs once with its result —
 * Node's convention (`fs.readFile(path, (err, data) => …)`, `State.load(onState)`, a database
 * query, `glob`): a function of two parameters or more whose body begins by testing the first and
 * leaving on it.
 *
 *   function onState(err, state) {
 *     if (err) return onError(err);
 *     window.addEventListener('keydown', onKey);   // once, when the state has loaded
 *   }
 *   State.load(onState);
 *
 * Not proof that it runs once (webpack's `compiler.watch(options, (err, stats) => …)` calls it at
 * every build), only that handing it to a call is no proof that it runs again; a call whose name
 * says it adds a listener or iterates (`on`, `addEventListener`, `subscribe`, `watch`, `each`, …)
 * keeps that evidence. Read by shown-repetition.ts (listener-cleanup and timer-cleanup confidence).
 */
import type { Node, Statement } from '@babel/types';
import { getCalleeName, unwrapExpression } from '../syntax/expressions';

/** Calls whose callback runs again and again by their name: listener registrations, watchers, iterations. */
const REPEATING_METHODS: ReadonlySet<string> = new Set([
  'on',
  'addListener',
  'addEventListener',
  'prependListener',
  'subscribe',
  'watch',
  'each',
  'forEach',
  'map',
  'handle',
  'use',
]);

/** `fn` (a function node) begins `if (err) return …;` / `if (err) throw err;` on its first of two parameters or more. */
export function isErrorFirstCompletionCallback(fn: Node): boolean {
  if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return false;
  if (fn.generator || fn.params.length < 2) return false;
  const first = fn.params[0];
  if (first?.type !== 'Identifier' || fn.body.type !== 'BlockStatement') return false;
  const opening = fn.body.body[0];
  if (opening?.type !== 'IfStatement' || !exits(opening.consequent)) return false;
  return testsError(opening.test, first.name);
}

/** The call `call` (the one a callback is handed to) names a repetition: `emitter.on(…)`, `compiler.watch(…)`, `db.each(…)`. */
export function isRepeatingCall(call: Node): boolean {
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return true;
  const callee = unwrapExpression(call.callee as Node);
  const name = getCalleeName(callee);
  return name === null || REPEATING_METHODS.has(name);
}

/** `err`, `err != null`, `err !== undefined`, `err instanceof Error`, `err && err.code !== 'ENOENT'`. */
function testsError(test: Node, name: string): boolean {
  const inner = unwrapExpression(test);
  if (inner.type === 'Identifier') return inner.name === name;
  if (inner.type === 'BinaryExpression' && ['!=', '!==', 'instanceof'].includes(inner.operator)) {
    const left = unwrapExpression(inner.left as Node);
    return left.type === 'Identifier' && left.name === name;
  }
  if (inner.type === 'LogicalExpression' && inner.operator === '&&') return testsError(inner.left, name);
  return false;
}

/** `return …;`, `throw …;`, or a block that ends in one. */
function exits(statement: Statement): boolean {
  if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return true;
  if (statement.type !== 'BlockStatement') return false;
  const last = statement.body.at(-1);
  return last !== undefined && exits(last);
}
