/**
 * Whether a function, as written, returns a promise: it is declared `async` (not an async
 * generator), or its return type is written `Promise<…>`. The rule asks it of same-file
 * declarations; the engine asks it of the exports of project files a file imports.
 */
import { isValueWrapper } from '../../core/node-helpers';
import { isFunctionNode } from '../syntax/scope';
import type { Node } from '@babel/types';

/** Functions, and declarations of functions without a body (overloads, `declare function`, abstract methods). */
function isFunctionOrDeclaration(node: Node): boolean {
  return isFunctionNode(node) || node.type === 'TSDeclareFunction' || node.type === 'TSDeclareMethod';
}

export function isPromiseFunction(node: Node | null | undefined): boolean {
  if (!node) return false;
  // Case: `(async () => {}) as Handler`, `(async function () {})`
  if (isValueWrapper(node)) return isPromiseFunction(node.expression);
  if (!isFunctionOrDeclaration(node)) return false;
  const fn = node as { async?: boolean; generator?: boolean; returnType?: Node | null };
  // Case: `async function* f()` returns an AsyncGenerator, not a promise
  if (fn.generator) return false;
  // Case: `async function f()`, `async () => {}`, `async m() {}`
  if (fn.async) return true;
  // Case: `function f(): Promise<T>`, `m(): Promise<void>`
  return isPromiseTypeAnnotation(fn.returnType);
}

/**
 * `: Promise<T>` (also `globalThis.Promise<T>`), in TypeScript or in Flow (`// @flow` files:
 * `run(item: any): Promise<*>`); `PromiseLike` has no `.catch`, so it is not one, nor is Flow's
 * `?Promise<T>` (it may be `null`).
 */
export function isPromiseTypeAnnotation(annotation: Node | null | undefined): boolean {
  if (!annotation) return false;
  // Case: Flow's `: Promise<T>`, the same global Promise
  if (annotation.type === 'TypeAnnotation') {
    const flowType = annotation.typeAnnotation;
    return flowType.type === 'GenericTypeAnnotation' && flowType.id.type === 'Identifier' && flowType.id.name === 'Promise';
  }
  const type = annotation.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : annotation;
  if (type.type !== 'TSTypeReference') return false;
  const name = type.typeName;
  if (name.type === 'Identifier') return name.name === 'Promise';
  return name.type === 'TSQualifiedName' && name.left.type === 'Identifier' && name.left.name === 'globalThis' && name.right.name === 'Promise';
}

/**
 * `const f = promisify(fn)` / `util.promisify(fn)`: the value is a promise-returning function.
 */
export function isPromisifyCall(node: Node | null | undefined): boolean {
  if (!node || node.type !== 'CallExpression') return false;
  const callee = node.callee;
  if (callee.type === 'Identifier') return callee.name === 'promisify';
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'promisify';
}
