/**
 * A `fetch` whose URL the code has just tested for a local scheme: it is made only on the branch
 * where the URL starts with `blob:`, `data:` or `file:` —
 * `if (att.url && att.url.startsWith('blob:')) { const res = await fetch(att.url); … }`,
 * `/^data:/.test(src) ? fetch(src) : load(src)`, or after `if (!url.startsWith('blob:')) return …;`.
 * Such a request reads memory or the local disk, as a `blob:` literal does (rule.ts
 * `isInMemoryUrl`): it cannot hang on the network. The URL must be the same variable or member
 * chain in the test and in the request, not written between them (a `const`, a variable never
 * assigned again, a member chain this function never assigns), and the test must be on the way to
 * the request in the same function.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';

const LOCAL_SCHEME = /^(?:blob|data|file):/i;
const FUNCTION_TYPES: ReadonlySet<string> = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassMethod', 'ClassPrivateMethod', 'ObjectMethod']);

/** The test that shows the URL at `url` (the request's first argument, at `path`) is local (`att.url.startsWith('blob:')`), for a message; else `null`. */
export function describeLocalSchemeGuard(path: NodePath, url: Node | undefined): string | null {
  if (!url) return null;
  const chain = getMemberChain(url);
  if (!chain) return null;
  const fn = path.findParent((p) => FUNCTION_TYPES.has(p.node.type));
  if (!isUnwritten(path, fn, url, chain)) return null;
  let current = path;
  while (current.parentPath && current !== fn) {
    const parent = current.parentPath;
    const node = parent.node;
    // Case: `if (url.startsWith('blob:')) { fetch(url) }`, `isBlob ? fetch(url) : …`, `url.startsWith('blob:') && fetch(url)`
    const test =
      (node.type === 'IfStatement' || node.type === 'ConditionalExpression') && current.key === 'consequent' ? node.test
      : node.type === 'LogicalExpression' && node.operator === '&&' && current.key === 'right' ? node.left
      : null;
    const found = test ? findSchemeTest(test, chain, false) : null;
    if (found) return found;
    // Case: `if (!url.startsWith('blob:')) return url;` before the request in the same block
    if ((node.type === 'BlockStatement' || node.type === 'Program') && current.key === 'body' && typeof current.index === 'number') {
      const early = node.body.slice(0, current.index).map((statement) => findEarlyExit(statement, chain)).find((text) => text !== null);
      if (early) return early;
    }
    current = parent;
  }
  return null;
}

/** The URL holds the same value in the test and the request: a variable never assigned again, or a member chain the function never assigns. */
function isUnwritten(path: NodePath, fn: NodePath | null, url: Node, chain: string): boolean {
  const root = chain.split('.')[0]!;
  if (root === 'this') return false;
  const binding = findBinding(path, root);
  if (!binding || isReassigned(binding, path)) return false;
  if (unwrapExpression(url).type === 'Identifier') return true;
  let written = false;
  forEachDescendant(fn ?? path, (child) => {
    if (written) return false;
    const node = child.node;
    const target = node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : null;
    if (target && getMemberChain(target) === chain) written = true;
    return undefined;
  });
  return !written;
}

/** `if (!url.startsWith('blob:')) return …;` / `throw …`, with no `else`: the code after it runs only for a local URL. */
function findEarlyExit(statement: Node, chain: string): string | null {
  if (statement.type !== 'IfStatement' || statement.alternate) return null;
  const exit = statement.consequent.type === 'BlockStatement' ? statement.consequent.body[statement.consequent.body.length - 1] : statement.consequent;
  if (exit?.type !== 'ReturnStatement' && exit?.type !== 'ThrowStatement') return null;
  return findSchemeTest(statement.test, chain, true);
}

/**
 * A scheme test of `chain` among the conjuncts of `test` (`negated`: among the disjuncts of a
 * negated test, `!x.startsWith('blob:') || …`, as an early exit reads): `chain.startsWith('blob:')`
 * or `/^blob:/.test(chain)`.
 */
function findSchemeTest(test: Node, chain: string, negated: boolean): string | null {
  const node = unwrapExpression(test);
  if (node.type === 'LogicalExpression' && node.operator === (negated ? '||' : '&&')) return findSchemeTest(node.left, chain, negated) ?? findSchemeTest(node.right, chain, negated);
  if (negated) return node.type === 'UnaryExpression' && node.operator === '!' ? findSchemeTest(node.argument, chain, false) : null;
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(node.callee);
  const [argument] = node.arguments;
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || !argument) return null;
  const method = getPropertyName(callee);
  // Case: `url.startsWith('blob:')`
  if (method === 'startsWith' && argument.type === 'StringLiteral' && LOCAL_SCHEME.test(argument.value) && getMemberChain(callee.object) === chain) {
    return `\`${chain}.startsWith('${argument.value}')\``;
  }
  // Case: `/^blob:/.test(url)`
  const pattern = unwrapExpression(callee.object);
  if (method === 'test' && pattern.type === 'RegExpLiteral' && pattern.pattern.startsWith('^') && !pattern.pattern.includes('|') && LOCAL_SCHEME.test(pattern.pattern.slice(1)) && getMemberChain(argument) === chain) {
    return `\`/${pattern.pattern}/.test(${chain})\``;
  }
  return null;
}
