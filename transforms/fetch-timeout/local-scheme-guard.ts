/**
 * A `fetch` whose URL the code has just tested for a local scheme: it is made only on the branch
 * where the URL starts with `blob:`, `data:` or `file:` —
 * `if (att.url && att.url.startsWith('blob:')) { const res = await fetch(att.url); … }`,
 * `/^data:/.test(src) ? fetch(src) : load(src)`, or after `if (!url.startsWith('blob:')) return …;`.
 * Such a request reads memory or the local disk, as a `blob:` literal does (rule.ts
 * `isInMemoryUrl`): it cannot hang on the network. The URL must be the same variable or member
 * chain in the test and in the request, not written between them (a `const`, a variable never
 * assigned again, a member chain whose every prefix this function never assigns — `att.file = …`
 * replaces `att.file.url` — with no `await`/`yield` and no call handed a prefix between the test
 * and the request), and the test must be on the way to the request in the same function.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';

const LOCAL_SCHEME = /^(?:blob|data|file):/i;
const LOOP_TYPES: ReadonlySet<string> = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** The test that shows the URL at `url` (the request's first argument, at `path`) is local (`att.url.startsWith('blob:')`), for a message; else `null`. */
export function describeLocalSchemeGuard(path: NodePath, url: Node | undefined): string | null {
  if (!url) return null;
  const chain = getMemberChain(url);
  if (!chain) return null;
  const fn = path.findParent((p) => isFunctionNode(p.node));
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
    if (found) return isUnwritten(path, fn, url, chain, found.end, current) ? found.text : null;
    // Case: `if (!url.startsWith('blob:')) return url;` before the request in the same block
    if ((node.type === 'BlockStatement' || node.type === 'Program') && current.key === 'body' && typeof current.index === 'number') {
      const statements = node.body.slice(0, current.index);
      for (const statement of statements) {
        const early = findEarlyExit(statement, chain);
        if (early) return isUnwritten(path, fn, url, chain, statement.end, current) ? early.text : null;
      }
    }
    current = parent;
  }
  return null;
}

/**
 * The URL holds the same value in the test (ending at `testEnd`) and the request (at `path`, below
 * `guarded`, the node the test guards): a variable never assigned again; or a member chain none of
 * whose prefixes (`att`, `att.file`, `att.file.url`) this function assigns, and between the test and
 * the request no `await`/`yield` (other code runs there and may write the object) and no call handed
 * a prefix (`resolve(att)`, `att.file.reload()`, `Object.assign(att.file, …)`), which may replace it.
 * A loop around the request inside the guarded code puts its whole body between (a later round runs
 * after the code that follows the request).
 */
function isUnwritten(path: NodePath, fn: NodePath | null, url: Node, chain: string, testEnd: number | null | undefined, guarded: NodePath): boolean {
  const root = chain.split('.')[0]!;
  if (root === 'this') return false;
  const binding = findBinding(path, root);
  if (!binding || isReassigned(binding, path)) return false;
  if (unwrapExpression(url).type === 'Identifier') return true;
  const request = path.node;
  if (typeof testEnd !== 'number' || typeof request.start !== 'number') return false;
  let spanEnd = request.start;
  for (let p = path.parentPath; p && p !== guarded; p = p.parentPath) if (LOOP_TYPES.has(p.node.type) && typeof p.node.end === 'number') spanEnd = Math.max(spanEnd, p.node.end);
  spanEnd = Math.max(spanEnd, LOOP_TYPES.has(guarded.node.type) && typeof guarded.node.end === 'number' ? guarded.node.end : spanEnd);
  const isPrefix = (node: Node | null | undefined): boolean => {
    const written = node ? getMemberChain(node) : null;
    return written !== null && (written === chain || chain.startsWith(`${written}.`));
  };
  const isObjectPrefix = (node: Node | null | undefined): boolean => isPrefix(node) && getMemberChain(node!) !== chain;
  let written = false;
  forEachDescendant(fn ?? rootOf(path), (child) => {
    if (written) return false;
    if (child.node === request) return false;
    const node = child.node;
    // Case: `att.file = …`, `att.file.url++`, `({ file: att.file } = …)`, `for (att.file of …)`, `delete att.file`
    const targets =
      node.type === 'AssignmentExpression' ? getAssignedMembers(node.left)
      : node.type === 'UpdateExpression' ? [node.argument]
      : node.type === 'UnaryExpression' && node.operator === 'delete' ? [node.argument]
      : (node.type === 'ForOfStatement' || node.type === 'ForInStatement') ? getAssignedMembers(node.left)
      : [];
    if (targets.some(isPrefix)) written = true;
    const between = typeof node.start === 'number' && typeof node.end === 'number' && node.start >= testEnd && node.end <= spanEnd;
    if (!between || written) return undefined;
    // Case: `await resolve(x)` / `yield` between: another task may write the object meanwhile
    if (node.type === 'AwaitExpression' || node.type === 'YieldExpression') written = true;
    // Case: `resolve(att)`, `att.file.reload()`, `new Loader(att)`: the call may replace the URL
    if (node.type === 'CallExpression' || node.type === 'OptionalCallExpression' || node.type === 'NewExpression') {
      const callee = unwrapExpression(node.callee);
      const receiver = callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? callee.object : null;
      if (isObjectPrefix(receiver) || node.arguments.some((argument) => isObjectPrefix(argument.type === 'SpreadElement' ? argument.argument : argument))) written = true;
    }
    return undefined;
  });
  return !written;
}

/** The member expressions an assignment target writes (`a.b`, and those inside `[a.b] =`, `({ k: a.b } =`). */
function getAssignedMembers(target: Node): Node[] {
  switch (target.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return [target];
    case 'ArrayPattern':
      return target.elements.flatMap((element) => (element ? getAssignedMembers(element) : []));
    case 'ObjectPattern':
      return target.properties.flatMap((property) => getAssignedMembers(property.type === 'RestElement' ? property.argument : (property.value as Node)));
    case 'AssignmentPattern':
      return getAssignedMembers(target.left);
    case 'RestElement':
      return getAssignedMembers(target.argument);
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
    case 'TSTypeAssertion':
    case 'ParenthesizedExpression':
      return getAssignedMembers(target.expression);
    default:
      return [];
  }
}

/** The outermost path (the program). */
function rootOf(path: NodePath): NodePath {
  let current = path;
  while (current.parentPath) current = current.parentPath;
  return current;
}

/** `if (!url.startsWith('blob:')) return …;` / `throw …`, with no `else`: the code after it runs only for a local URL. */
function findEarlyExit(statement: Node, chain: string): SchemeTest | null {
  if (statement.type !== 'IfStatement' || statement.alternate) return null;
  const exit = statement.consequent.type === 'BlockStatement' ? statement.consequent.body[statement.consequent.body.length - 1] : statement.consequent;
  if (exit?.type !== 'ReturnStatement' && exit?.type !== 'ThrowStatement') return null;
  return findSchemeTest(statement.test, chain, true);
}

/** A scheme test found: its text for a message, and where it ends in the source. */
interface SchemeTest {
  text: string;
  end: number | null | undefined;
}

/**
 * A scheme test of `chain` among the conjuncts of `test` (`negated`: among the disjuncts of a
 * negated test, `!x.startsWith('blob:') || …`, as an early exit reads): `chain.startsWith('blob:')`
 * or `/^blob:/.test(chain)`.
 */
function findSchemeTest(test: Node, chain: string, negated: boolean): SchemeTest | null {
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
    return { text: `\`${chain}.startsWith('${argument.value}')\``, end: node.end };
  }
  // Case: `/^blob:/.test(url)`
  const pattern = unwrapExpression(callee.object);
  if (method === 'test' && pattern.type === 'RegExpLiteral' && pattern.pattern.startsWith('^') && !pattern.pattern.includes('|') && LOCAL_SCHEME.test(pattern.pattern.slice(1)) && getMemberChain(argument) === chain) {
    return { text: `\`/${pattern.pattern}/.test(${chain})\``, end: node.end };
  }
  return null;
}
