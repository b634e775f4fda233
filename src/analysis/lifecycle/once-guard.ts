/**
 * An acquisition behind a module-wide "done once" flag runs once per process, however often its
 * function is called: lifetime by intent, like module-level code.
 *
 *   static init = () => {
 *     if (!Tracer.installed) {
 *       Settings.callbackManager.on('llm-start', onStart);   // once: not a finding
 *       Tracer.installed = true;
 *     }
 *   };
 *
 *   function bind() {
 *     if (bound) return;
 *     bound = true;
 *     window.addEventListener('resize', onResize);             // once: not a finding
 *   }
 *
 * The flag must be module-wide: a variable declared at module level, a property of a module-level
 * class or object (`Tracer.installed`), or of `window`/`globalThis`. A flag on `this` is per
 * instance, so each instance still acquires once: that is not this case. Set to `true` in the
 * guarded block (or anywhere in the function's own code, for the early-return form). Removing such
 * a listener in an owner's cleanup would be wrong: the guard would never add it again.
 *
 * Real-world: an LLM evaluation tracer registered seven callbacks on a library's global callback
 * manager from its constructor, behind a static `cbInit` flag.
 */
import type { Expression, Node, Statement } from '@babel/types';
import { unwrapExpression } from '../syntax/expressions';
import { findBinding, isFunctionNode } from '../syntax/scope';
import type { NodePath } from '../../core/traverse';

/** The flag's text (`Tracer.installed`) when `at` runs behind a module-wide once flag, else `null`. */
export function getOnceGuardFlag(at: NodePath): string | null {
  let child: NodePath = at;
  let statement: Node | null = null;
  for (let current = at.parentPath; current; child = current, current = current.parentPath) {
    const node = current.node;
    if (isFunctionNode(node)) return statement ? getEarlyReturnFlag(current, statement) : null;
    if (node.type === 'BlockStatement' && current.parentPath && isFunctionNode(current.parentPath.node)) statement = child.node;
    // Case: `if (!flag) { …; flag = true }`
    if (node.type === 'IfStatement' && child.node === node.consequent) {
      const flag = getNegatedFlag(node.test);
      if (flag && isModuleWideFlag(current, flag) && setsFlag(node.consequent, flag)) return flagKey(flag);
    }
  }
  return null;
}

/** Case: `if (flag) return;` before the acquisition's statement, and `flag = true` in the function. */
function getEarlyReturnFlag(fn: NodePath, statement: Node): string | null {
  const body = (fn.node as { body: Node }).body;
  if (body.type !== 'BlockStatement') return null;
  const index = body.body.indexOf(statement as Statement);
  for (const before of body.body.slice(0, Math.max(index, 0))) {
    if (before.type !== 'IfStatement' || before.alternate || !isBareReturn(before.consequent)) continue;
    const flag = getPlainFlag(before.test);
    if (flag && isModuleWideFlag(fn, flag) && setsFlag(body, flag)) return flagKey(flag);
  }
  return null;
}

/** `return;` or `{ return; }` (a value returned would be a result, not a guard). */
function isBareReturn(node: Statement): boolean {
  const only = node.type === 'BlockStatement' ? (node.body.length === 1 ? node.body[0]! : null) : node;
  return only !== null && only.type === 'ReturnStatement' && !only.argument;
}

/** `!flag` / `flag === false` / `flag !== true`: the flag, else `null`. */
function getNegatedFlag(test: Node): Expression | null {
  const node = unwrapExpression(test);
  if (node.type === 'UnaryExpression' && node.operator === '!') return asFlag(node.argument);
  if (node.type === 'BinaryExpression' && (node.operator === '===' || node.operator === '==') && node.right.type === 'BooleanLiteral' && !node.right.value) return asFlag(node.left as Node);
  return null;
}

/** `flag` / `flag === true` (for the early-return form). */
function getPlainFlag(test: Node): Expression | null {
  const node = unwrapExpression(test);
  if (node.type === 'BinaryExpression' && (node.operator === '===' || node.operator === '==') && node.right.type === 'BooleanLiteral' && node.right.value) return asFlag(node.left as Node);
  return asFlag(node);
}

function asFlag(node: Node): Expression | null {
  const flag = unwrapExpression(node);
  if (flag.type === 'Identifier') return flag;
  if (flag.type === 'MemberExpression' && !flag.computed && flag.property.type === 'Identifier' && flag.object.type === 'Identifier') return flag;
  return null;
}

function isModuleWideFlag(at: NodePath, flag: Expression): boolean {
  const root = flag.type === 'Identifier' ? flag : flag.type === 'MemberExpression' && flag.object.type === 'Identifier' ? flag.object : null;
  if (!root) return false;
  const binding = findBinding(at, root.name);
  if (!binding) return flag.type === 'MemberExpression' && (root.name === 'window' || root.name === 'globalThis' || root.name === 'global');
  return binding.scope.type === 'Program' && !binding.ambient;
}

/** `flag` or `Owner.flag` (flags are one of these two shapes), else `null`. */
function flagKey(node: Node): string | null {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return value.name;
  if (value.type === 'MemberExpression' && !value.computed && value.object.type === 'Identifier' && value.property.type === 'Identifier') return `${value.object.name}.${value.property.name}`;
  return null;
}

/** `flag = true` (or `= 1`, `= !0`) in `block`'s own code. */
function setsFlag(block: Node, flag: Expression): boolean {
  const wanted = flagKey(flag);
  let found = false;
  const visit = (node: Node | null | undefined): void => {
    if (!node || found || typeof node !== 'object') return;
    if (isFunctionNode(node)) return;
    if (node.type === 'AssignmentExpression' && node.operator === '=' && flagKey(node.left) === wanted && isTruthyLiteral(node.right)) {
      found = true;
      return;
    }
    for (const key of Object.keys(node) as (keyof Node)[]) {
      if (key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments' || key === 'loc') continue;
      const value = node[key] as unknown;
      if (Array.isArray(value)) for (const item of value) visit(item as Node);
      else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') visit(value as Node);
    }
  };
  visit(block);
  return found;
}

function isTruthyLiteral(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'BooleanLiteral') return value.value;
  if (value.type === 'NumericLiteral') return value.value !== 0;
  return value.type === 'UnaryExpression' && value.operator === '!' && value.argument.type === 'NumericLiteral' && value.argument.value === 0;
}

