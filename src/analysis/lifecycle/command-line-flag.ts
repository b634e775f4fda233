/**
 * Whether code runs only because the command line names a flag: it sits in the branch of an
 * `if` (or the right of an `&&`), within its own function, whose test asks whether an argument
 * list holds a `--flag` literal — `args.includes('--watch')`, `opts.rawArgs.indexOf('--watch') >
 * -1` (also `!== -1`, `>= 0`), alone or as one operand of an `&&` chain. What such a branch
 * starts is the command's own work, asked for by the user who typed it: pm2's `pm2 list --watch`
 * redraws the process table every 900 ms until the user ends the CLI. A check under `!` or `||`,
 * or in an enclosing function (a listener the branch registers runs later, per event), does not
 * count.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { isFunctionNode } from '../syntax/scope';

/** `--watch`, `--no-color`, `--port=…` as written before the value. */
const FLAG = /^--[A-Za-z][\w-]*=?$/;

/** The flag the branch `path` runs in asks for (`--watch`), or `null`. */
export function findCommandLineFlag(path: NodePath): string | null {
  let child: NodePath = path;
  for (let current = path.parentPath; current; child = current, current = current.parentPath) {
    const node = current.node;
    if (isFunctionNode(node)) return null;
    const test = node.type === 'IfStatement' && child.node === node.consequent ? node.test : node.type === 'LogicalExpression' && node.operator === '&&' && child.node === node.right ? node.left : null;
    const flag = test ? findFlagCheck(test) : null;
    if (flag) return flag;
  }
  return null;
}

/** The flag `test` (or one operand of its `&&` chain) checks an argument list for. */
function findFlagCheck(test: Node): string | null {
  if (test.type === 'LogicalExpression' && test.operator === '&&') return findFlagCheck(test.left) ?? findFlagCheck(test.right);
  // Case: `args.includes('--watch')`
  const includes = flagArgument(test, 'includes');
  if (includes) return includes;
  // Case: `args.indexOf('--watch') > -1`, `!== -1`, `!= -1`, `>= 0`
  if (test.type !== 'BinaryExpression') return null;
  const indexOf = flagArgument(test.left, 'indexOf');
  if (!indexOf) return null;
  const right = test.right;
  const minusOne = right.type === 'UnaryExpression' && right.operator === '-' && right.argument.type === 'NumericLiteral' && right.argument.value === 1;
  const zero = right.type === 'NumericLiteral' && right.value === 0;
  return ((test.operator === '>' || test.operator === '!==' || test.operator === '!=') && minusOne) || (test.operator === '>=' && zero) ? indexOf : null;
}

/** `x.<method>('--flag')` (optional calls too): the flag. */
function flagArgument(node: Node, method: string): string | null {
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return null;
  const callee = node.callee;
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.property.type !== 'Identifier' || callee.property.name !== method) return null;
  const argument = node.arguments[0];
  return node.arguments.length === 1 && argument?.type === 'StringLiteral' && FLAG.test(argument.value) ? argument.value : null;
}
