/**
 * A promise that is already resolved with a value that is no promise: it cannot reject and
 * holds no work, so dropping it loses nothing. Used by unconsumed-promise only.
 *
 *   Promise.resolve();                      // not a finding
 *   function ready() { return Promise.resolve(); }
 *   ready();                                // nor this: every return is such a promise
 *   this.prepare(req);                      // prepare() { …; return Promise.resolve(); }: report-only, low
 *
 * The value must be one that cannot be a thenable (nothing, a literal, a template, an array or an
 * object literal without a `then` key, spread or computed key): `Promise.resolve(task)` follows
 * `task`, which may reject. The function must not be `async` (a throw in it would reject its
 * promise; in a plain function it is a synchronous throw, which the caller sees). A public
 * method read through `this` is the class's own as written; a subclass may override it with
 * work that rejects (a base class's no-op default), so that call stays a finding, at low
 * confidence and with no fix.
 */
import type { Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { isGlobalReference } from '../../src/analysis/syntax/scope';
import type { NodePath } from '../../src/core/traverse';
import { resolveCalledFunction, resolveOwnPublicMethod } from './self-handled';

/**
 * `'settled'`: the expression is such a promise (or a call of a function of this file, or a
 * private method of this class, that returns only such promises); `'overridable'`: a call
 * `this.m()` of a public method of this class that does; else `null`.
 */
export function getResolvedPromiseKind(path: NodePath, expression: Node): 'settled' | 'overridable' | null {
  const node = unwrapExpression(expression);
  if (node.type !== 'CallExpression') return null;
  if (isResolvedPromise(path, node)) return 'settled';
  if (returnsOnlyResolved(path, resolveCalledFunction(path, node))) return 'settled';
  return returnsOnlyResolved(path, resolveOwnPublicMethod(path, node)) ? 'overridable' : null;
}

/** `Promise.resolve()`, `Promise.resolve(null)`, `Promise.resolve({ ok: true })`. */
function isResolvedPromise(path: NodePath, expression: Node): boolean {
  const node = unwrapExpression(expression);
  if (node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'Promise') return false;
  if (getPropertyName(callee) !== 'resolve' || !isGlobalReference(path, 'Promise') || node.arguments.length > 1) return false;
  const value = node.arguments[0];
  return value === undefined || (value.type !== 'SpreadElement' && value.type !== 'ArgumentPlaceholder' && !value.type.startsWith('JSX') && isNeverThenable(value));
}

function isNeverThenable(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return value.name === 'undefined';
  if (value.type === 'TemplateLiteral' || value.type === 'ArrayExpression') return true;
  if (value.type.endsWith('Literal')) return true;
  if (value.type === 'ObjectExpression') {
    return value.properties.every(
      (property) =>
        property.type !== 'SpreadElement' &&
        !property.computed &&
        !(property.key.type === 'Identifier' && property.key.name === 'then') &&
        !(property.key.type === 'StringLiteral' && property.key.value === 'then'),
    );
  }
  return false;
}

/** A plain (not async, not generator) function whose every `return` gives a resolved promise. */
function returnsOnlyResolved(path: NodePath, fn: Node | null): boolean {
  if (!fn) return false;
  if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression' && fn.type !== 'ClassMethod' && fn.type !== 'ClassPrivateMethod') return false;
  if (fn.async || fn.generator) return false;
  if (fn.body.type !== 'BlockStatement') return isResolvedPromise(path, fn.body);
  let returns = 0;
  const other = someInOwnCode(fn.body, (inner) => {
    if (inner.type !== 'ReturnStatement') return false;
    returns++;
    return !inner.argument || !isResolvedPromise(path, inner.argument);
  });
  return !other && returns > 0;
}
