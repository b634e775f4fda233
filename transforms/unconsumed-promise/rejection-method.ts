/**
 * Where unconsumed-promise hands the rejection handler: `.catch(handler)`, or
 * `.then(undefined, handler)` on a thenable that is no native promise (`PromiseLike<T>`, a query
 * builder's or a deferred's `then`, a hand-made thenable). `PromiseLike` has no `catch`: a
 * `.catch` there does not type-check (TS2339) and throws at run time where the value really has
 * none; every thenable's `then` takes the rejection callback second, and on a native promise
 * `.then(undefined, h)` is what `.catch(h)` does. Used by that rule only.
 *
 * - A native promise (`known`): `catch`.
 * - With type information: `then` when the checker says the value has no callable `catch`;
 *   `none` when its `then` takes no second argument either (no handler can be attached: the
 *   finding keeps no fix).
 * - Without it (or `any`): `then` when the code shows the chain starts from no native promise:
 *   a call of a function this file declares (or a method of the class, called on `this`) that is
 *   not `async` and whose written return type is not `Promise<…>` (`: PromiseLike<T>`,
 *   `: Thenable`), or whose every `return` is an object literal; else `catch`.
 */
import type { Class, Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { isPromiseTypeAnnotation } from '../../src/analysis/resources/promise-function';
import type { ProjectQueries } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { findChainStart } from './checked-promise-kind';

export type RejectionMethod = 'catch' | 'then' | 'none';

export function getRejectionMethod(path: NodePath, expression: Node, known: boolean, project: ProjectQueries): RejectionMethod {
  if (known) return 'catch';
  const types = project.types;
  const hasCatch = types?.hasMethod(expression, 'catch') ?? null;
  if (hasCatch === false) return types!.hasMethod(expression, 'then', 2) === false ? 'none' : 'then';
  if (hasCatch === true) return 'catch';
  const start = findChainStart(unwrapExpression(expression));
  return start && isDeclaredNonPromiseCall(path, start) ? 'then' : 'catch';
}

/** `load()` / `this.load()` where the file declares `load` returning no native promise, as written. */
function isDeclaredNonPromiseCall(path: NodePath, call: Node): boolean {
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') {
    const binding = findBinding(path, callee.name);
    if (!binding) return false;
    const declaration = binding.declaration;
    if (binding.kind === 'function') return isNonPromiseFunction(declaration);
    if (binding.kind === 'const' && declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier && declaration.init) return isNonPromiseFunction(unwrapExpression(declaration.init));
    return false;
  }
  if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && unwrapExpression(callee.object).type === 'ThisExpression') {
    const name = getPropertyName(callee);
    const owner = name === null ? null : resolveThisClass(path);
    const method = owner ? findMethod(owner.classPath.node, name!) : null;
    return method !== null && isNonPromiseFunction(method);
  }
  return false;
}

function findMethod(classNode: Class, name: string): Node | null {
  for (const member of classNode.body.body) {
    if (member.type === 'ClassMethod' && member.kind === 'method' && !member.static && !member.computed && member.key.type === 'Identifier' && member.key.name === name) return member;
    if (member.type === 'ClassProperty' && !member.static && !member.computed && member.key.type === 'Identifier' && member.key.name === name && member.value) return unwrapExpression(member.value);
  }
  return null;
}

/**
 * A function (declared or not, with or without a body) that is not `async` or a generator and
 * says it returns no native promise: a written return type other than `Promise<…>`, or a body
 * whose every `return` (at least one) is an object literal.
 */
function isNonPromiseFunction(node: Node): boolean {
  if (!['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassMethod', 'TSDeclareFunction', 'TSDeclareMethod'].includes(node.type)) return false;
  const fn = node as Node & { async?: boolean; generator?: boolean; returnType?: Node | null; body?: Node | null };
  if (fn.async || fn.generator) return false;
  if (fn.returnType) return !isPromiseTypeAnnotation(fn.returnType) && !isAnyAnnotation(fn.returnType);
  const body = fn.body;
  if (!body) return false;
  // Case: `() => ({ then(ok, fail) { … } })`
  if (body.type !== 'BlockStatement') return unwrapExpression(body).type === 'ObjectExpression';
  let returns = 0;
  const other = someInOwnCode(body, (inner) => {
    if (inner.type !== 'ReturnStatement') return false;
    returns++;
    return !inner.argument || unwrapExpression(inner.argument).type !== 'ObjectExpression';
  });
  return returns > 0 && !other;
}

/** `: any`, `: unknown`: the written type says nothing. */
function isAnyAnnotation(annotation: Node): boolean {
  const type = annotation.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : annotation;
  return type.type === 'TSAnyKeyword' || type.type === 'TSUnknownKeyword' || type.type === 'AnyTypeAnnotation' || type.type === 'MixedTypeAnnotation';
}
