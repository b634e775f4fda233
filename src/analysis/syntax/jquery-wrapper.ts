/**
 * A jQuery wrapper of one value — `$(window)`, `jQuery(document)`, `G.$(G.window)` — and the
 * value it wraps. jQuery keeps events on the wrapped element, so two wrappers of one value are
 * one event target (listener-cleanup's release matching), and `$(document).ready(…)` is the
 * page's one-time ready event (module-init-code.ts).
 */
import type { Node } from '@babel/types';

/** The wrapped argument of `$(x)` / `jQuery(x)` / `ns.$(x)`, else `null`. */
export function getJQueryWrapped(node: Node): Node | null {
  if (node.type !== 'CallExpression' || node.arguments.length !== 1 || node.arguments[0]!.type === 'SpreadElement') return null;
  const callee = node.callee;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : null;
  return name === '$' || name === 'jQuery' ? node.arguments[0]! : null;
}
