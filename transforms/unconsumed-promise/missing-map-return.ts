/**
 * A promise dropped as the last statement of a `.map` callback that returns nothing:
 *
 *   const sent = mobiles.map((mobile) => {
 *     axios.post(url, { mobile });      // the array holds undefined
 *   });
 *   await Promise.all(sent);           // waits for nothing
 *
 * The callback most likely meant to return it: the fix is `return axios.post(…)` (a suggestion:
 * whoever waits for the array now waits for the work, and sees its rejection). Used by
 * unconsumed-promise only.
 */
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import type { Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { NodePath } from '../../src/core/traverse';

const MAPPING_METHODS = new Set(['map', 'flatMap']);

/** `statement` is the last statement of a non-async `.map` / `.flatMap` callback with no `return`. */
export function isMissingMapReturn(statement: NodePath): boolean {
  const body = statement.parentPath;
  const callback = body?.parentPath;
  if (!body || !callback || body.node.type !== 'BlockStatement' || body.node.body[body.node.body.length - 1] !== statement.node) return false;
  const fn = callback.node;
  if ((fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') || fn.async || fn.generator) return false;
  // Case: the callback is the first argument of `xs.map(…)` / `xs.flatMap(…)`
  const call = callback.parentPath?.node;
  if (!call || call.type !== 'CallExpression' || callback.key !== 'arguments' || callback.index !== 0) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  if (!MAPPING_METHODS.has(getPropertyName(callee) ?? '')) return false;
  return !hasReturn(body.node);
}

/** A `return` in the block, outside nested functions. */
function hasReturn(block: Node): boolean {
  return someInOwnCode(block, (node) => node.type === 'ReturnStatement');
}
