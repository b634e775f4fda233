/**
 * A sleep that waits between the tries of a counted retry loop: it sits in a `catch` of the
 * loop's body, and the loop is a `for` that counts up to a fixed bound —
 *
 *   for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
 *     try { return await connect(); }
 *     catch { await new Promise((resolve) => setTimeout(resolve, 1000 * attempt)); }
 *   }
 *
 * The loop ends by itself after at most that many rounds, each run only after a failure. Past
 * its owner's end it waits out at most the remaining retries, then stops: unlike a polling
 * loop it does not go on for ever. Used by unsettled-promise only, to lower its confidence.
 */
import type { Node } from '@babel/types';
import { isLoopType } from '../../src/core/node-helpers';
import type { NodePath } from '../../src/core/traverse';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';

export function isBoundedRetrySleep(promise: NodePath): boolean {
  let inCatch = false;
  let loop: NodePath | null = null;
  let previous = promise;
  for (let current = promise.parentPath; current && !isFunctionNode(current.node); previous = current, current = current.parentPath) {
    if (current.node.type === 'CatchClause' && !loop) inCatch = true;
    if (!isLoopType(current.node.type)) continue;
    // Case: a second loop around the counted one repeats its retries: not bounded.
    if (loop) return false;
    if (previous.key !== 'body') continue;
    loop = current;
  }
  return inCatch && loop !== null && isCountedLoop(loop);
}

/** `for (let i = 0; i < N; i++)`, `for (let n = 1; n <= this.MAX; n += 1)`: N a fixed number. */
function isCountedLoop(loop: NodePath): boolean {
  const node = loop.node;
  if (node.type !== 'ForStatement' || !node.test || !node.update) return false;
  const test = unwrapExpression(node.test);
  if (test.type !== 'BinaryExpression' || test.left.type === 'PrivateName') return false;
  const [counter, bound] = test.operator === '<' || test.operator === '<=' ? [test.left, test.right] : test.operator === '>' || test.operator === '>=' ? [test.right, test.left] : [null, null];
  if (counter?.type !== 'Identifier' || !bound) return false;
  return countsUp(node.update, counter.name) && isFixedNumber(loop, bound);
}

function countsUp(update: Node, name: string): boolean {
  const step = unwrapExpression(update);
  if (step.type === 'UpdateExpression') return step.operator === '++' && step.argument.type === 'Identifier' && step.argument.name === name;
  return step.type === 'AssignmentExpression' && step.operator === '+=' && step.left.type === 'Identifier' && step.left.name === name && step.right.type === 'NumericLiteral' && step.right.value > 0;
}

/** A number literal, a `const` of one, or `this.NAME` of a class field initialised with one. */
function isFixedNumber(loop: NodePath, node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'NumericLiteral') return true;
  if (value.type === 'Identifier') {
    const binding = findBinding(loop, value.name);
    const declaration = binding?.declaration;
    return binding?.kind === 'const' && declaration?.type === 'VariableDeclarator' && declaration.init?.type === 'NumericLiteral';
  }
  if (value.type !== 'MemberExpression' || value.computed || value.object.type !== 'ThisExpression' || value.property.type !== 'Identifier') return false;
  const name = value.property.name;
  for (let current: NodePath | null = loop.parentPath; current; current = current.parentPath) {
    if (current.node.type !== 'ClassBody') continue;
    return current.node.body.some((member) => member.type === 'ClassProperty' && !member.static && !member.computed && member.key.type === 'Identifier' && member.key.name === name && member.value?.type === 'NumericLiteral');
  }
  return false;
}
