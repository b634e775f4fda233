/**
 * The function a call receives as a callback: written inline (`(res) => …`), or named
 * (`onResponse`) and declared in the file (`function onResponse(res) {}`,
 * `const onResponse = (res) => {}`). Callers look at its parameters and body.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { findAncestorPath } from '../../src/core/node-helpers';

export type FunctionNode = Extract<Node, { params: unknown[]; body: unknown }>;

/** The function passed as argument `index` of `call`, or `null` when it is not one this file declares. */
export function resolveFunctionArgument(call: NodePath<CallExpression>, index: number): NodePath<FunctionNode> | null {
  const argument = call.node.arguments[index];
  if (!argument || argument.type === 'SpreadElement' || argument.type === 'ArgumentPlaceholder') return null;
  const value = unwrapExpression(argument);
  // Case: `.then((res) => …)`, `http.get(url, function (res) {})`
  if (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') {
    return findDescendantPath(call.child(argument, 'arguments', index), value) as NodePath<FunctionNode> | null;
  }
  return value.type === 'Identifier' ? resolveNamedFunction(call, value.name) : null;
}

/** The function `name` stands for at `at`, when this file declares it (`function f() {}`, `const f = () => {}`). */
export function resolveNamedFunction(at: NodePath, name: string): NodePath<FunctionNode> | null {
  const binding = findBinding(at, name);
  if (!binding) return null;
  const declaration = binding.declaration;
  // Case: `function onResponse(res) {}` (the binding's declaration is the function)
  // Case: `const onResponse = (res) => {}`
  const init = declaration.type === 'VariableDeclarator' && binding.kind === 'const' && declaration.init ? unwrapExpression(declaration.init) : null;
  const fn = binding.kind === 'function' && isFunctionNode(declaration) ? declaration : init && isFunctionNode(init) ? init : null;
  const scope = fn ? findAncestorPath(at, binding.scope) : null;
  return scope && fn ? (findDescendantPath(scope, fn) as NodePath<FunctionNode> | null) : null;
}
