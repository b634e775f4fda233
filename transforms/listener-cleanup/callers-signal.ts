/**
 * An `abort` listener on a signal the function was handed (`signal.addEventListener('abort', …)`,
 * `options.signal.addEventListener(…)`, or through `const signal = options.signal`): the caller owns the signal's lifetime, so the finding is
 * doubtful (LEAKS.md policy, `low`) — unless the same file clearly calls the function many times
 * with one long-lived signal, where the listeners pile up on it (`medium`): a call in a loop or in
 * a callback (an interval, an event handler), or two calls or more, passing a module-level signal
 * or one kept on `this` (`this.controller.signal`).
 *
 * Only calls this file shows: of a function declared with a name (`function f(signal)`, `const f =
 * (signal) => …`), or `this.method(…)` inside the method's class; other files' callers are not followed.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { unwrapPath, isLoopType } from '../../src/core/node-helpers';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getDefinedName } from '../../src/analysis/syntax/function-name';


/** The target is `signal` / `options.signal` with `signal` / `options` a parameter. */
export function isAbortOnCallersSignal(target: NodePath, event: NodePath | null): boolean {
  if (!event || event.node.type !== 'StringLiteral' || event.node.value !== 'abort') return false;
  return resolveSignalParameter(target) !== null;
}

/** Where the caller passes the signal: the parameter's index, and the property of an options object. */
function resolveSignalParameter(target: NodePath): { fn: NodePath; index: number; property: string | null } | null {
  const path = unwrapPath(target);
  const node = path.node;
  let name: string;
  let property: string | null = null;
  if (node.type === 'Identifier') name = node.name;
  else if (node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier' && node.property.type === 'Identifier') {
    name = node.object.name;
    property = node.property.name;
  } else return null;
  let binding = findBinding(path, name);
  // Case: `const signal = options.signal;` (undici's WebSocketStream): the caller's signal under a local name.
  const alias = binding?.kind === 'const' && property === null && binding.declaration.type === 'VariableDeclarator' ? binding.declaration.init : null;
  if (alias?.type === 'Identifier') {
    name = alias.name;
    binding = findBinding(path, name);
  } else if (alias?.type === 'MemberExpression' && !alias.computed && alias.object.type === 'Identifier' && alias.property.type === 'Identifier') {
    name = alias.object.name;
    property = alias.property.name;
    binding = findBinding(path, name);
  }
  if (!binding || binding.kind !== 'param' || !isFunctionNode(binding.declaration)) return null;
  const fnNode = binding.declaration as Node & { params: Node[] };
  let fn: NodePath | null = path;
  while (fn && fn.node !== fnNode) fn = fn.parentPath;
  if (!fn) return null;
  for (const [index, param] of fnNode.params.entries()) {
    const inner = param.type === 'AssignmentPattern' ? param.left : param;
    if (inner.type === 'Identifier' && inner.name === name) return { fn, index, property };
    // Case: `function f({ signal })`: the caller passes `{ signal: x }`.
    if (inner.type === 'ObjectPattern' && property === null) {
      for (const entry of inner.properties) {
        if (entry.type !== 'ObjectProperty' || entry.computed || entry.key.type !== 'Identifier') continue;
        const value = entry.value.type === 'AssignmentPattern' ? entry.value.left : entry.value;
        if (value.type === 'Identifier' && value.name === name) return { fn, index, property: entry.key.name };
      }
    }
  }
  return null;
}

/** `controller.signal` with `controller` module-level, `this.controller.signal`: one signal every call shares. */
function describeLongLivedSignal(argument: NodePath): string | null {
  let node: Node = argument.node;
  const parts: string[] = [];
  while (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    parts.unshift(node.property.name);
    node = node.object;
  }
  if (node.type === 'ThisExpression') return parts.length > 0 ? ['this', ...parts].join('.') : null;
  if (node.type !== 'Identifier') return null;
  const binding = findBinding(argument, node.name);
  if (!binding || binding.scope.type !== 'Program') return null;
  return [node.name, ...parts].join('.');
}

/** The call sits in a loop or in a callback (an interval's, an event handler's) of the function that makes it. */
function isRepeatedCall(call: NodePath): boolean {
  for (let current = call.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (isLoopType(node.type)) return true;
    if (isFunctionNode(node)) return current.parentPath?.node.type === 'CallExpression' && current.key !== 'callee';
  }
  return false;
}

/** The calls of the function in this file: of its name, or of `this.<method>(…)` in its class. */
function findCalls(fn: NodePath): NodePath[] {
  const node = fn.node;
  if (node.type === 'ClassMethod' && !node.computed && node.key.type === 'Identifier' && fn.parentPath?.node.type === 'ClassBody') {
    const name = node.key.name;
    const calls: NodePath[] = [];
    forEachDescendant(fn.parentPath, (path) => {
      const call = path.node;
      if (call.type === 'CallExpression' && call.callee.type === 'MemberExpression' && call.callee.object.type === 'ThisExpression' && !call.callee.computed && call.callee.property.type === 'Identifier' && call.callee.property.name === name) calls.push(path);
      return undefined;
    });
    return calls;
  }
  // Case: `function f(signal)` / `const f = (signal) => …`: the binding its callers use
  const declared = getDefinedName(fn);
  if (declared?.kind !== 'binding') return [];
  const binding = findBinding(declared.at, declared.name);
  if (!binding) return [];
  return findBindingReferences(declared.at, binding).flatMap((reference) => (reference.key === 'callee' && reference.parentPath?.node.type === 'CallExpression' ? [reference.parentPath] : []));
}

/** The function is called many times, in this file, with one long-lived signal. */
export function isCalledOftenOnOneSignal(target: NodePath): boolean {
  const parameter = resolveSignalParameter(target);
  if (!parameter) return false;
  const counts = new Map<string, number>();
  for (const call of findCalls(parameter.fn)) {
    const argumentNode = (call.node as CallExpression).arguments[parameter.index];
    if (!argumentNode) continue;
    const argument = call.child(argumentNode, 'arguments', parameter.index);
    let signal: NodePath | null = argument;
    if (parameter.property !== null) {
      signal = null;
      if (argument.node.type === 'ObjectExpression') {
        const index = argument.node.properties.findIndex((entry) => entry.type === 'ObjectProperty' && !entry.computed && entry.key.type === 'Identifier' && entry.key.name === parameter.property);
        const entry = argument.node.properties[index];
        if (entry?.type === 'ObjectProperty') signal = argument.child(entry, 'properties', index).child(entry.value, 'value');
      }
    }
    const key = signal ? describeLongLivedSignal(signal) : null;
    if (key === null) continue;
    const count = (counts.get(key) ?? 0) + (isRepeatedCall(call) ? 2 : 1);
    if (count >= 2) return true;
    counts.set(key, count);
  }
  return false;
}
