/**
 * A call the page ends right after: a later statement of the same statement list (or of the
 * `case` clause) reloads the page or goes to another one — `location.reload()`,
 * `window.location.reload()`, `location.href = url`, `location.assign(url)`,
 * `location.replace(url)` (also on `window.` / `document.`), but not to a fragment-only literal
 * (`location.href = '#results'`: a same-document navigation, the page stays). The call statement may await its
 * value (`await waitForSuccessfulPing(url)`, `const ok = await check()`). Whatever the call adds
 * to the page (a `document` listener) lasts until that navigation: the call runs at most once
 * per page (vite's HMR client: `await waitForSuccessfulPing(url); location.reload()` when the
 * server connection is lost).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getMemberChain, unwrapExpression } from '../syntax/expressions';

const LOCATION = /^(?:(?:window|document|globalThis|self)\.)?location$/;

export function isFollowedByPageEnd(call: NodePath): boolean {
  let statement: NodePath | null = call;
  while (statement && statement.node.type !== 'ExpressionStatement' && statement.node.type !== 'VariableDeclaration') {
    const node = statement.node;
    if (node !== call.node && node.type !== 'AwaitExpression' && node.type !== 'VariableDeclarator' && node.type !== 'ParenthesizedExpression' && node.type !== 'TSAsExpression') return false;
    statement = statement.parentPath;
  }
  const list = statement?.parentPath;
  if (!statement || !list) return false;
  const siblings: Node[] | undefined = list.node.type === 'BlockStatement' || list.node.type === 'Program' ? list.node.body : list.node.type === 'SwitchCase' ? list.node.consequent : undefined;
  if (!siblings) return false;
  const index = siblings.indexOf(statement.node as never);
  return index !== -1 && siblings.slice(index + 1).some(isPageEndStatement);
}

function isPageEndStatement(statement: Node): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const expression = unwrapExpression(statement.expression);
  // Case: `location.reload()`, `window.location.assign(url)`
  if (expression.type === 'CallExpression' && (expression.callee.type === 'MemberExpression' || expression.callee.type === 'OptionalMemberExpression')) {
    const chain = getMemberChain(expression.callee);
    const match = chain ? /^(.*)\.(reload|assign|replace)$/.exec(chain) : null;
    return match !== null && LOCATION.test(match[1]!) && !(match[2] !== 'reload' && expression.arguments[0] && isFragmentOnly(expression.arguments[0]));
  }
  // Case: `location.href = url`, `window.location = url`
  if (expression.type === 'AssignmentExpression' && expression.operator === '=') {
    const chain = getMemberChain(expression.left as Node);
    return chain !== null && (LOCATION.test(chain) || (chain.endsWith('.href') && LOCATION.test(chain.slice(0, -'.href'.length)))) && !isFragmentOnly(expression.right);
  }
  return false;
}

/** `'#results'`, `` `#${id}` ``: a literal that only changes the fragment stays on the same document. */
function isFragmentOnly(value: Node): boolean {
  const node = unwrapExpression(value);
  if (node.type === 'StringLiteral') return node.value.startsWith('#');
  return node.type === 'TemplateLiteral' && (node.quasis[0]?.value.cooked ?? node.quasis[0]?.value.raw ?? '').startsWith('#');
}
