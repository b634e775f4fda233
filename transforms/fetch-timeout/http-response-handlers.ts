/**
 * Where Node's `http` / `https` hand over the response of a request: the request's own callback
 * (`http.get(url, (res) => …)`, or a local function it names), and `'response'` listeners on
 * the request (chained, `http.request(options).on('response', …)`, or on the
 * `const req = http.request(…)` it is kept in).
 */
import type { CallExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getValuePath } from '../../src/analysis/resources/acquisition-handle';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { resolveFunctionArgument, type FunctionNode } from './function-argument';
import { findBinding } from '../../src/analysis/syntax/scope';
import { EMITTER_REGISTER_METHODS } from '../../src/analysis/resources/catalog';

/** The functions that receive the response of the request `callPath` makes, in source order of discovery. */
export function findHttpResponseHandlers(callPath: NodePath<CallExpression>): NodePath<FunctionNode>[] {
  const handlers: NodePath<FunctionNode>[] = [];
  // Case: `http.get(url, (res) => …)`, `http.get(url, onResponse)`
  const last = callPath.node.arguments.length - 1;
  const callback = last >= 0 ? resolveFunctionArgument(callPath, last) : null;
  if (callback) handlers.push(callback);
  // Case: `http.request(options).on('response', (res) => …).end()`
  let current: NodePath = getValuePath(callPath);
  for (;;) {
    const call = getMethodCall(current);
    if (!call) break;
    const handler = getResponseListener(call);
    if (handler) handlers.push(handler);
    current = getValuePath(call);
  }
  // Case: `const req = http.request(options); req.on('response', (res) => …)`
  const declarator = current.parent;
  if (declarator?.type !== 'VariableDeclarator' || current.key !== 'init' || declarator.id.type !== 'Identifier') return handlers;
  const binding = findBinding(current, declarator.id.name);
  for (const reference of binding ? findBindingReferences(current, binding) : []) {
    const call = getMethodCall(getValuePath(reference));
    const handler = call ? getResponseListener(call) : null;
    if (handler) handlers.push(handler);
  }
  return handlers;
}

/** `value.method(…)` -> that call, when `value` is the object of the callee. */
function getMethodCall(value: NodePath): NodePath<CallExpression> | null {
  const member = value.parent;
  if ((member?.type !== 'MemberExpression' && member?.type !== 'OptionalMemberExpression') || value.key !== 'object') return null;
  const call = value.parentPath?.parentPath;
  return call?.node.type === 'CallExpression' && value.parentPath?.key === 'callee' ? (call as NodePath<CallExpression>) : null;
}

/** `x.on('response', handler)` / `x.once('response', handler)` -> the handler. */
function getResponseListener(call: NodePath<CallExpression>): NodePath<FunctionNode> | null {
  const callee = call.node.callee;
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return null;
  const [event] = call.node.arguments;
  if (!EMITTER_REGISTER_METHODS.has(getPropertyName(callee) ?? '') || event?.type !== 'StringLiteral' || event.value !== 'response') return null;
  return resolveFunctionArgument(call, 1);
}
