/**
 * Where a dropped promise runs once as the module loads: at module top level, or in a function
 * that module top level starts right away — a callback of a `.then` / `.catch` / `.finally`
 * chain written there, an immediately invoked function (`(async () => { … })()`), and so on
 * inward. In a Node program an unhandled rejection there ends the process (exit code 1); a
 * handler that only logs would keep a server whose start-up failed running, or let a failed
 * script exit 0.
 */
import type { Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { isValueWrapper } from '../../src/core/node-helpers';
import type { NodePath } from '../../src/core/traverse';

const CHAIN_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/**
 * `'top-level'`: outside every function; `'startup'`: inside functions each of which module top
 * level runs once, right away (a chain callback, an immediately invoked function); `null`:
 * anywhere else (a declared function, a listener, an effect — they may run many times, later).
 */
export function getStartupPlace(path: NodePath): 'top-level' | 'startup' | null {
  let fn = path.findParent((parent) => isFunctionNode(parent.node));
  if (!fn) return 'top-level';
  while (fn) {
    if (!isImmediatelyInvoked(fn) && !isChainCallback(fn)) return null;
    fn = fn.findParent((parent) => isFunctionNode(parent.node));
  }
  return 'startup';
}

/** `(function () { … })()`, `(async () => { … })()`: the function is the callee of a call where it is written. */
function isImmediatelyInvoked(fn: NodePath): boolean {
  const at = skipWrappers(fn);
  return at.key === 'callee' && (at.parent?.type === 'CallExpression' || at.parent?.type === 'OptionalCallExpression');
}

/** `start().then((db) => { … })`: an argument of a `.then` / `.catch` / `.finally` call. */
function isChainCallback(fn: NodePath): boolean {
  const at = skipWrappers(fn);
  const call = at.parent;
  if (at.key !== 'arguments' || (call?.type !== 'CallExpression' && call?.type !== 'OptionalCallExpression')) return false;
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  const name = getPropertyName(callee);
  return name !== null && CHAIN_METHODS.has(name);
}

function skipWrappers(path: NodePath): NodePath {
  let current = path;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  return current;
}
