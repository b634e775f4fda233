/**
 * listener-cleanup: a handler handed back to the caller. The function that adds the listener
 * returns the handler — the value itself, or inside an array or object literal it returns
 * (`return [popper, bodyListener]`, `return { onScroll }`) — so whoever called it holds the one
 * value a removal needs, and the removal may be the caller's (SillyTavern's attachment manager:
 * a `.map` callback returns each button's body `click` listener beside its popper, and the
 * cleanup function the caller keeps removes them all). This file cannot show whether the caller
 * removes it: never dropped, at most `medium` (confidence.ts).
 *
 * Only a handler that is a variable of a function (not of the module: a module-level function
 * is within every caller's reach anyway, returned or not), returned by the function that adds
 * the listener, not by a function nested in it.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { findBinding, isFunctionNode, type Binding } from '../../src/analysis/syntax/scope';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { unwrapPath } from '../../src/core/node-helpers';
import type { ListenerCall } from './listener-call';

/** Whether `add`'s handler is handed back by the function that adds it (see the module comment). */
export function isHandlerReturned(add: ListenerCall): boolean {
  if (!add.handler) return false;
  const handler = unwrapPath(add.handler);
  if (handler.node.type !== 'Identifier') return false;
  const binding = findBinding(handler, handler.node.name);
  if (!binding || binding.scope.type === 'Program') return false;
  let fn: NodePath | null = add.call.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  if (!fn) return false;
  const name = handler.node.name;
  let returned = false;
  forEachDescendant(fn, (path) => {
    if (returned) return false;
    const node = path.node;
    if (isFunctionNode(node)) return false;
    if (node.type === 'ReturnStatement' && node.argument) returned = holdsValue(path.child(node.argument, 'argument'), name, binding);
    return undefined;
  });
  return returned;
}

/**
 * `value` is the variable (`name` of `binding`), or an array or object literal that holds it as
 * an element or a property's value, at any depth (`[popper, h]`, `{ off: h }`, `{ h }`).
 */
function holdsValue(value: NodePath, name: string, binding: Binding): boolean {
  const node = unwrapExpression(value.node);
  const at = node === value.node ? value : unwrapPath(value);
  if (node.type === 'Identifier') return node.name === name && findBinding(at, name) === binding;
  if (node.type === 'ArrayExpression') {
    return node.elements.some((element, index) => element !== null && element.type !== 'SpreadElement' && holdsValue(at.child(element, 'elements', index), name, binding));
  }
  if (node.type === 'ObjectExpression') {
    return node.properties.some(
      (property, index) => property.type === 'ObjectProperty' && holdsValue(at.child(property, 'properties', index).child(property.value as Node, 'value'), name, binding),
    );
  }
  return false;
}
