/**
 * listener-cleanup: a registration behind a once-per-event-name guard of a collection that
 * outlives the call —
 *
 *   const collected = {};
 *   bus.on('newListener', (event) => {
 *     if (!collected[event]) {
 *       collected[event] = true;
 *       bus.on(event, () => debug('emit: %s', event));   // one listener per event name
 *     }
 *   });
 *
 * (also `if (!seen.has(event)) { seen.add(event); bus.on(event, …) }`). The guard tests the event
 * name the listener is added for, and the guarded block records that name: each name gets one
 * listener, however often the code runs. The listeners pile up only
 * if the names never repeat (a name per request), which the code does not show — `low`. Only
 * while nothing in the store's scope clears its records (`delete collected[k]`, `collected[k] =
 * false`, `collected = {}`, `seen.clear()`, `seen.delete(k)`): after a clear each name gets one
 * listener more, so the guard proves nothing (an ordinary finding).
 */
import type { Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { isInsideNode, unwrapPath } from '../../src/core/node-helpers';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import type { ListenerCall } from './listener-call';
import { isFalsyLiteral, isResetIn } from '../../src/analysis/lifecycle/once-guard';

/** The guard's text (`collected[event]`, `seen.has(event)`) when `add` runs behind a once-per-event-name guard, else `null`. */
export function getKeyedOnceGuard(add: ListenerCall): string | null {
  if (!add.event) return null;
  const event = unwrapPath(add.event);
  if (event.node.type !== 'Identifier') return null;
  const name = event.node.name;
  const eventBinding = findBinding(event, name);
  if (!eventBinding) return null;
  let child: NodePath = add.call;
  for (let current = add.call.parentPath; current && !isFunctionNode(current.node); child = current, current = current.parentPath) {
    const node = current.node;
    if (node.type !== 'IfStatement' || node.consequent !== child.node) continue;
    const store = getNegatedKeyTest(node.test, name);
    if (!store) continue;
    const root = findBinding(current, store.name);
    const fn = current.findParent((path) => isFunctionNode(path.node));
    // The collection outlives the call: declared outside the function the registration is in.
    if (!root || findBinding(current, name) !== eventBinding || (fn && isInsideNode(root.identifier, fn.node))) continue;
    if (recordsKey(node.consequent, store.name, name) && !isStoreCleared(root.scope, store.name)) return store.text;
  }
  return null;
}

/** `!store[key]` / `!store.has(key)` → the store's name and the test's text. */
function getNegatedKeyTest(test: Node, key: string): { name: string; text: string } | null {
  const node = unwrapExpression(test);
  if (node.type !== 'UnaryExpression' || node.operator !== '!') return null;
  const tested = unwrapExpression(node.argument);
  if (tested.type === 'MemberExpression' && tested.computed && tested.object.type === 'Identifier' && tested.property.type === 'Identifier' && tested.property.name === key) {
    return { name: tested.object.name, text: `${tested.object.name}[${key}]` };
  }
  if (tested.type === 'CallExpression' && tested.callee.type === 'MemberExpression' && tested.callee.object.type === 'Identifier' && getPropertyName(tested.callee) === 'has' && tested.arguments.length === 1) {
    const argument = tested.arguments[0]!;
    if (argument.type === 'Identifier' && argument.name === key) return { name: tested.callee.object.name, text: `${tested.callee.object.name}.has(${key})` };
  }
  return null;
}

/** The guarded block records the key: `store[key] = <not a falsy literal>` or `store.add(key)` / `store.set(key, …)`, in its own code. */
function recordsKey(block: Node, store: string, key: string): boolean {
  return someInOwnCode(block, (node) => {
    if (node.type === 'AssignmentExpression' && node.operator === '=') {
      const left = node.left;
      const right = unwrapExpression(node.right);
      return left.type === 'MemberExpression' && left.computed && left.object.type === 'Identifier' && left.object.name === store && left.property.type === 'Identifier' && left.property.name === key && !isFalsyLiteral(right);
    }
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' && node.callee.object.name === store) {
      const method = getPropertyName(node.callee);
      const first = node.arguments[0];
      return (method === 'add' || method === 'set') && first?.type === 'Identifier' && first.name === key;
    }
    return false;
  });
}

/**
 * Somewhere in `scope` (the store's declaring scope) the store's records are dropped: `delete
 * store[k]` / `delete store.k`, `store[k] = <falsy literal>` or a compound assignment to a key,
 * `store = …` (a new store), `store.clear()` / `store.delete(k)`. By name: a shadowing name
 * counts too, which only keeps the finding at its ordinary confidence (as `isBehindKeptInstanceFlag`
 * in own-rendered-element.ts does for its flag).
 */
function isStoreCleared(scope: Node, store: string): boolean {
  const isStore = (node: Node): boolean => node.type === 'Identifier' && node.name === store;
  const isStoreMember = (node: Node): boolean => (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && isStore(unwrapExpression(node.object));
  if (isResetIn(scope, isStoreMember)) return true;
  let cleared = false;
  forEachNode(scope, (node: Node) => {
    if (cleared) return false;
    // Case: `store = {}`, a new store
    if (node.type === 'AssignmentExpression' && isStore(unwrapExpression(node.left as Node))) cleared = true;
    else if (node.type === 'CallExpression' || node.type === 'OptionalCallExpression') {
      const callee = unwrapExpression(node.callee);
      if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && isStore(unwrapExpression(callee.object))) {
        const method = getPropertyName(callee);
        if (method === 'clear' || method === 'delete') cleared = true;
      }
    }
    return undefined;
  });
  return cleared;
}
