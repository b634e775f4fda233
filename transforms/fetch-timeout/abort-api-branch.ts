/**
 * Is this code in a branch written for runtimes WITHOUT `AbortSignal.timeout` (or `.any`)?
 * A fix there must not use the API the branch exists to avoid, whatever the project's target.
 *
 * Recognised feature checks (in an `if`, a `? :` or the right side of `&&` / `||`), on
 * `AbortSignal.timeout` / `AbortSignal.any` (also `globalThis.AbortSignal…`, `window.…`):
 * - `typeof AbortSignal.timeout === 'function'` / `!== 'undefined'` / `!= 'undefined'` (has it),
 *   and `=== 'undefined'` / `!== 'function'` (lacks it);
 * - `'timeout' in AbortSignal` (has it); `AbortSignal.timeout` as a truth value (has it);
 * - `!check` inverts; `a && b` has it when any conjunct has it; `a || b` lacks it when any
 *   disjunct lacks it.
 * The branch taken when the check says "lacks" (the `else` of a "has" check, the `then` of a
 * "lacks" check, the right side of `has || …`) is a branch for old runtimes.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';

export interface MissingAbortApis {
  timeout: boolean;
  any: boolean;
}

type Api = 'timeout' | 'any';

/** The APIs a branch around `path` is written without, or `null` when it is in no such branch. */
export function findMissingAbortApiBranch(path: NodePath): MissingAbortApis | null {
  const missing: MissingAbortApis = { timeout: false, any: false };
  let found = false;
  let child: NodePath = path;
  for (let current = path.parentPath; current; child = current, current = current.parentPath) {
    const node = current.node;
    let test: Node | null = null;
    let inThen = false;
    if ((node.type === 'IfStatement' || node.type === 'ConditionalExpression') && child.node !== node.test) {
      test = node.test;
      inThen = child.node === node.consequent;
    } else if (node.type === 'LogicalExpression' && child.node === node.right && (node.operator === '&&' || node.operator === '||')) {
      test = node.left;
      inThen = node.operator === '&&';
    }
    if (!test) continue;
    for (const api of ['timeout', 'any'] as const) {
      const check = evaluateCheck(test, api);
      if (check === null) continue;
      // The branch runs when the test is truthy (then) or falsy (else)
      const hasIt = inThen ? check : !check;
      if (!hasIt) {
        missing[api] = true;
        found = true;
      }
    }
  }
  // A runtime without `timeout` predates `any` too
  if (missing.timeout) missing.any = true;
  return found ? missing : null;
}

/**
 * `true` when a truthy `test` means the API exists, `false` when a truthy `test` means it is
 * missing, `null` when the test says nothing about it.
 */
function evaluateCheck(test: Node, api: Api): boolean | null {
  const node = unwrapExpression(test);
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    const inner = evaluateCheck(node.argument, api);
    return inner === null ? null : !inner;
  }
  if (node.type === 'LogicalExpression' && (node.operator === '&&' || node.operator === '||')) {
    const left = evaluateCheck(node.left, api);
    const right = evaluateCheck(node.right, api);
    // Case: `typeof AbortSignal !== 'undefined' && 'timeout' in AbortSignal`: true means it has it
    if (node.operator === '&&') return left === true || right === true ? true : null;
    // Case: `!AbortSignal || !AbortSignal.timeout`: true means it lacks it
    return left === false || right === false ? false : null;
  }
  // Case: `'timeout' in AbortSignal`
  if (node.type === 'BinaryExpression' && node.operator === 'in') {
    return node.left.type === 'StringLiteral' && node.left.value === api && isAbortSignal(node.right) ? true : null;
  }
  // Case: `typeof AbortSignal.timeout === 'function'`
  if (node.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(node.operator)) {
    const [typeofSide, literal] = isTypeofApi(node.left, api) ? [node.left, node.right] : isTypeofApi(node.right, api) ? [node.right, node.left] : [null, null];
    if (!typeofSide || literal?.type !== 'StringLiteral') return null;
    const equal = node.operator === '===' || node.operator === '==';
    if (literal.value === 'function') return equal;
    if (literal.value === 'undefined') return !equal;
    return null;
  }
  // Case: `AbortSignal.timeout ? … : …`
  return isApiMember(node, api) ? true : null;
}

function isTypeofApi(node: Node, api: Api): boolean {
  const value = unwrapExpression(node);
  return value.type === 'UnaryExpression' && value.operator === 'typeof' && isApiMember(value.argument, api);
}

function isApiMember(node: Node, api: Api): boolean {
  const value = unwrapExpression(node);
  if (value.type !== 'MemberExpression' && value.type !== 'OptionalMemberExpression') return false;
  return getPropertyName(value) === api && isAbortSignal(value.object);
}

function isAbortSignal(node: Node): boolean {
  const chain = getMemberChain(unwrapExpression(node));
  return chain === 'AbortSignal' || chain === 'globalThis.AbortSignal' || chain === 'window.AbortSignal' || chain === 'self.AbortSignal';
}
