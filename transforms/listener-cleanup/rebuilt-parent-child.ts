/**
 * listener-cleanup: a DOM listener on a child of an element whose content is replaced before
 * every run of the code that adds it:
 *
 *   bindEvent() {
 *     panel.element.firstElementChild.addEventListener('click', onClick);
 *   }
 *   …
 *   panel.element.innerHTML = render();   // before every call in the file
 *   panel.bindEvent();
 *
 * `innerHTML = …` (also `textContent = …`, `replaceChildren(…)`) throws the old children away:
 * the element the last run listened on, and its listener, go with them, and the new run listens
 * on a new child. It cannot pile up on one element. The replacement must be a statement of its
 * own before the add call in the same function (`low`: no run of the code can skip it), or before
 * every call of that function in the file, in the caller's own statements or through a variable
 * just stored in the parent (`panel.element = root; root.innerHTML = …; panel.bindEvent()`):
 * `medium`, since a caller in another file may not replace it first. A parent read through `this`
 * counts only in the same function (a caller's `this` may be another object).
 */
import type { Node, Statement } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { getDefinedName } from '../../src/analysis/syntax/function-name';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { isLoopType, unwrapPath } from '../../src/core/node-helpers';

/** Reads of an element's child that give a new element once its content is replaced. */
const CHILD_READS = new Set(['firstElementChild', 'lastElementChild', 'firstChild', 'lastChild']);
/** Element lookups inside an element: `parent.querySelector('.x')`. */
const CHILD_LOOKUPS = new Set(['querySelector', 'getElementsByClassName', 'getElementsByTagName']);
/** Properties whose assignment replaces every child of the element. */
const CONTENT_PROPERTIES = new Set(['innerHTML', 'textContent', 'innerText']);

/** Where the replacement that renews the listener's element is written, or `null` (not shown). */
export type RebuiltParent = 'same-function' | 'every-caller' | null;

/**
 * Whether `target` (a listener's object) is a child of an element (a plain member chain) whose
 * content is replaced before the add call in the same function, or before every call of that
 * function in the file (see the module comment).
 */
export function findRebuiltParent(target: NodePath | null): RebuiltParent {
  if (!target) return null;
  const parent = getChildParentChain(unwrapPath(target).node);
  if (parent === null) return null;
  const add = findStatementCall(target);
  if (!add) return null;
  if (isPrecededByReplacement(add, parent)) return 'same-function';
  // Not `this.el` across functions: a caller's `this` may be another object than the callee's.
  if (parent === 'this' || parent.startsWith('this.')) return null;
  const fn = findEnclosingFunction(add);
  if (!fn) return null;
  const calls = findCalls(fn);
  return calls !== null && calls.length > 0 && calls.every((call) => isPrecededByReplacement(call, parent)) ? 'every-caller' : null;
}

/** `panel.element` of `panel.element.firstElementChild` / `panel.element.querySelector('.x')` / `panel.element.children[0]`. */
function getChildParentChain(node: Node): string | null {
  const current = unwrapExpression(node);
  if ((current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') && !current.computed) {
    const name = getPropertyName(current);
    return name !== null && CHILD_READS.has(name) ? getMemberChain(current.object) : null;
  }
  // Case: `list.children[0]`
  if ((current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') && current.computed && current.property.type === 'NumericLiteral') {
    const children = unwrapExpression(current.object);
    if ((children.type === 'MemberExpression' || children.type === 'OptionalMemberExpression') && !children.computed && getPropertyName(children) === 'children') return getMemberChain(children.object);
    return null;
  }
  if ((current.type === 'CallExpression' || current.type === 'OptionalCallExpression') && (current.callee.type === 'MemberExpression' || current.callee.type === 'OptionalMemberExpression') && !current.callee.computed) {
    const name = getPropertyName(current.callee);
    return name !== null && CHILD_LOOKUPS.has(name) ? getMemberChain(current.callee.object) : null;
  }
  return null;
}

/** The add call the target belongs to (the target is its callee's object). */
function findStatementCall(target: NodePath): NodePath | null {
  let current: NodePath | null = target;
  while (current && current.node.type !== 'CallExpression' && current.node.type !== 'OptionalCallExpression') current = current.parentPath;
  return current;
}

/** The function around `path` when no loop is between them, else `null`. */
function findEnclosingFunction(path: NodePath): NodePath | null {
  for (let current = path.parentPath; current; current = current.parentPath) {
    if (isLoopType(current.node.type)) return null;
    if (isFunctionNode(current.node)) return current;
  }
  return null;
}

/** The name the file calls `fn` by (`function bind() {}`, `bind() {}` in an object literal or a class, `x.bind = function () {}`). */
function getCalledName(fn: NodePath): { name: string; member: boolean } | null {
  const node = fn.node;
  if ((node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') && node.kind === 'method' && !node.computed) {
    if (node.key.type === 'Identifier') return { name: node.key.name, member: true };
    return null;
  }
  const defined = getDefinedName(fn);
  if (!defined) return null;
  return { name: defined.name, member: defined.kind !== 'binding' };
}

/**
 * Every call of `fn` in its file — by its name, on any object for a method (stricter: an
 * unrelated method of that name must pass as well) — or `null` when the name is used otherwise
 * (handed on as a value: who calls it then is not shown).
 */
function findCalls(fn: NodePath): NodePath[] | null {
  const named = getCalledName(fn);
  if (!named) return null;
  let program: NodePath = fn;
  while (program.parentPath) program = program.parentPath;
  const calls: NodePath[] = [];
  let other = false;
  forEachDescendant(program, (path) => {
    if (other) return false;
    const node = path.node;
    const parent = path.parent;
    const isCallee = (parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression') && path.key === 'callee';
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed && getPropertyName(node) === named.name) {
      if (isCallee) calls.push(path.parentPath!);
      else if (!(parent?.type === 'AssignmentExpression' && path.key === 'left')) other = true;
    } else if (node.type === 'Identifier' && node.name === named.name && !named.member) {
      const isKey = (parent?.type === 'ObjectProperty' || parent?.type === 'ObjectMethod' || parent?.type === 'ClassMethod') && path.key === 'key';
      const isProperty = (parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && path.key === 'property' && !parent.computed;
      const isDeclaration = (parent?.type === 'FunctionDeclaration' || parent?.type === 'VariableDeclarator') && path.key === 'id';
      if (isCallee) calls.push(path.parentPath!);
      else if (!isKey && !isProperty && !isDeclaration) other = true;
    }
    return undefined;
  });
  return other ? null : calls;
}

/**
 * The statements that run before `call` whatever the branch: the earlier statements of each block
 * around it, up to its function, in source order; `null` when a loop is between (a later round
 * would call again with no replacement).
 */
function findEarlierStatements(call: NodePath): Statement[] | null {
  const earlier: Statement[][] = [];
  let previous: NodePath = call;
  for (let current = call.parentPath; current; previous = current, current = current.parentPath) {
    const node = current.node;
    if (isLoopType(node.type)) return null;
    if ((node.type === 'BlockStatement' || node.type === 'Program') && previous.key === 'body' && previous.index !== null) earlier.unshift(node.body.slice(0, previous.index) as Statement[]);
    if (isFunctionNode(node)) break;
  }
  return earlier.flat();
}

/**
 * `parent`'s content is replaced by a statement that runs before `call`: `parent.innerHTML = …`,
 * `parent.replaceChildren(…)`, or the same on a variable the code stored in `parent` first
 * (`panel.element = root; root.innerHTML = …`). Storing another value in `parent` after it undoes it.
 */
function isPrecededByReplacement(call: NodePath, parent: string): boolean {
  const statements = findEarlierStatements(call);
  if (!statements) return false;
  const names = new Set([parent]);
  let replaced = false;
  for (const statement of statements) {
    if (statement.type !== 'ExpressionStatement') continue;
    const expression = unwrapExpression(statement.expression);
    if (expression.type === 'AssignmentExpression' && expression.operator === '=') {
      const left = getMemberChain(expression.left);
      // Case: `panel.element = root;`: `root` is the parent from here on
      if (left === parent) {
        const right = getMemberChain(expression.right);
        names.clear();
        names.add(parent);
        if (right !== null) names.add(right);
        replaced = false;
        continue;
      }
      // Case: `panel.element.innerHTML = render();`
      const left2 = expression.left;
      if ((left2.type === 'MemberExpression' || left2.type === 'OptionalMemberExpression') && !left2.computed && CONTENT_PROPERTIES.has(getPropertyName(left2) ?? '')) {
        const object = getMemberChain(left2.object);
        if (object !== null && names.has(object)) replaced = true;
      }
      continue;
    }
    // Case: `panel.element.replaceChildren(list);`
    if ((expression.type === 'CallExpression' || expression.type === 'OptionalCallExpression') && (expression.callee.type === 'MemberExpression' || expression.callee.type === 'OptionalMemberExpression') && !expression.callee.computed && getPropertyName(expression.callee) === 'replaceChildren') {
      const object = getMemberChain(expression.callee.object);
      if (object !== null && names.has(object)) replaced = true;
    }
  }
  return replaced;
}
