/**
 * listener-cleanup: an observer's record kept in a `WeakMap` keyed by the object listened to,
 * with the listener added once per key when the record is made:
 *
 *   let data = cache.get(texture);
 *   if (data === undefined) {
 *     data = { version: 0 };
 *     texture.addEventListener('dispose', () => data.version++);
 *     cache.set(texture, data);
 *   }
 *
 * The `WeakMap` keeps the record exactly as long as the key lives, and the listener (added once
 * per key, in the branch that creates the entry) holds nothing but the record and locals of that
 * branch: nothing is kept that the key does not keep already, and nothing accumulates. A
 * handler that uses `this` (it would keep the observer alive with the key), a listener added
 * outside the branch that sets the entry, or a `Map` (it keeps the key alive) stays a finding.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findDescendantPath, forEachDescendant } from '../../src/analysis/syntax/descendants';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { unwrapPath } from '../../src/core/node-helpers';
import type { ListenerCall } from './listener-call';

function isMember(node: Node | null | undefined): node is Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }> {
  return node?.type === 'MemberExpression' || node?.type === 'OptionalMemberExpression';
}

/** `texture.renderTarget` → `texture`: the identifier a non-computed member chain starts from. */
function chainRoot(path: NodePath): NodePath | null {
  let current = unwrapPath(path);
  while (isMember(current.node) && !current.node.computed) current = unwrapPath(current.child(current.node.object, 'object'));
  return current.node.type === 'Identifier' ? current : null;
}

/** `cache` bound to `new WeakMap()` (a `const` anywhere in the file). */
function isWeakMap(node: Node, at: NodePath): boolean {
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(at, node.name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator') return false;
  const init = declaration.init;
  return init?.type === 'NewExpression' && init.callee.type === 'Identifier' && init.callee.name === 'WeakMap' && findBinding(at, 'WeakMap') === null;
}

/** `cache.<method>(key, …)` with `cache` a WeakMap and `key` the same binding. */
function isWeakMapCall(path: NodePath, methods: ReadonlySet<string>, keyName: string, keyBinding: unknown): boolean {
  const node = path.node;
  if (node.type !== 'CallExpression' || !isMember(node.callee) || node.callee.computed || node.callee.property.type !== 'Identifier' || !methods.has(node.callee.property.name)) return false;
  const key = node.arguments[0];
  return key?.type === 'Identifier' && key.name === keyName && findBinding(path, keyName) === keyBinding && isWeakMap(node.callee.object, path);
}

/** The handler uses `this` (outside functions of its own): it would hold the observer. */
function usesThis(handler: NodePath): boolean {
  let path = unwrapPath(handler);
  // Case: `const onDispose = () => { data.version++; }` in the branch
  if (path.node.type === 'Identifier') {
    const binding = findBinding(path, path.node.name);
    const declaration = binding?.declaration;
    if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || !declaration.init) return true;
    const scope = path.findParent((parent) => parent.node === binding.scope);
    const declarator = scope ? findDescendantPath(scope, declaration) : null;
    if (!declarator) return true;
    path = unwrapPath(declarator.child(declaration.init, 'init'));
  }
  const node = path.node;
  // A `function` has its own `this` (not the observer's); anything else (`this.onDispose`, a call) is not known.
  if (node.type === 'FunctionExpression') return false;
  if (node.type !== 'ArrowFunctionExpression') return true;
  let found = false;
  forEachDescendant(path, (path) => {
    if (found) return false;
    if (path.node.type === 'ThisExpression') found = true;
    if (path.node !== node && isFunctionNode(path.node) && path.node.type !== 'ArrowFunctionExpression') return false;
    return undefined;
  });
  return found;
}

export function isWeakMapRecordListener(add: ListenerCall): boolean {
  if (!add.target || !add.handler || usesThis(add.handler)) return false;
  const key = chainRoot(add.target);
  if (!key || key.node.type !== 'Identifier') return false;
  const keyName = key.node.name;
  const keyBinding = findBinding(key, keyName);
  if (!keyBinding) return false;
  // The branch that creates the entry: the nearest `if` consequent around the registration that also sets it.
  for (let path: NodePath | null = add.call.parentPath; path && !isFunctionNode(path.node); path = path.parentPath) {
    if (path.parent?.type !== 'IfStatement' || path.key !== 'consequent') continue;
    let sets = false;
    forEachDescendant(path, (inner) => {
      if (sets) return false;
      if (isWeakMapCall(inner, new Set(['set']), keyName, keyBinding)) sets = true;
      return undefined;
    });
    if (!sets) continue;
    // The `if` is the guard that the key has no entry yet: the enclosing function reads the WeakMap for it.
    let function_: NodePath | null = path;
    while (function_ && !isFunctionNode(function_.node)) function_ = function_.parentPath;
    if (!function_) return false;
    let guarded = false;
    forEachDescendant(function_, (inner) => {
      if (guarded) return false;
      if (isWeakMapCall(inner, new Set(['get', 'has']), keyName, keyBinding)) guarded = true;
      return undefined;
    });
    return guarded;
  }
  return false;
}
