/**
 * Functions declared side by side — `function start(player) {…}` and `function stop(player) {…}`
 * in one module or one function body — are handed the same objects by their callers: a handle
 * one keeps on its parameter (`player._timer`) or keys by it (`` `data:${sessionId}` ``) is the one
 * the other releases through its own parameter of the same name. Used by handle-usage.ts (timers
 * kept on a parameter's property) and listener-cleanup's same-value.ts (event names built from
 * the parameter).
 */
import type { NodePath } from '../../core/traverse';
import { findAncestorPath } from '../../core/node-helpers';
import type { Binding } from './scope';

/**
 * The scope the function declaring parameter `binding` is declared in (a module, or the function
 * holding a family of inner functions), when that function is a named declaration or a `const`
 * function there: where its sibling functions, handed the same object, live.
 */
export function getSiblingFunctionsScope(binding: Binding, at: NodePath): NodePath | null {
  const fn = findAncestorPath(at, binding.scope);
  if (!fn) return null;
  let holder: NodePath | null = null;
  if (fn.node.type === 'FunctionDeclaration') holder = fn.parentPath;
  else if ((fn.node.type === 'ArrowFunctionExpression' || fn.node.type === 'FunctionExpression') && fn.parent?.type === 'VariableDeclarator') holder = fn.parentPath?.parentPath?.parentPath ?? null;
  if (!holder) return null;
  // The statements of a module or of a function body.
  if (holder.node.type === 'Program') return holder;
  if (holder.node.type === 'BlockStatement' && holder.parentPath && /Function|Method/.test(holder.parentPath.node.type)) return holder;
  return null;
}

/** `a` and `b` are parameters of one name of two functions declared side by side (or of one function). */
export function areSiblingParameters(a: Binding, aAt: NodePath, b: Binding, bAt: NodePath): boolean {
  if (a.kind !== 'param' || b.kind !== 'param' || a.name !== b.name) return false;
  const scopeA = getSiblingFunctionsScope(a, aAt);
  return scopeA !== null && scopeA.node === getSiblingFunctionsScope(b, bAt)?.node;
}
