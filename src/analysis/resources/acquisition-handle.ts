/**
 * Where the value an acquisition returns goes: dropped (`setInterval(...)` as a statement),
 * kept in a variable (`const id = setInterval(...)`), kept in a member (`this.timer = ...`,
 * `ref.current = ...`, a class field initialiser), chained (`setInterval(...).unref()`),
 * handed to the caller (`return setInterval(...)`), or passed somewhere this analysis cannot
 * follow (an argument, an array, an object).
 */
import { isValueWrapper } from '../../core/node-helpers';
import type { AssignmentExpression, ExpressionStatement, Node, VariableDeclarator } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getPropertyName } from '../syntax/expressions';
import { findBinding, type Binding } from '../syntax/scope';
import { someInOwnCode } from '../syntax/own-code';

/** A member chain rooted at `this` (of a class instance) or at a binding: `this.#timer`, `ref.current`. */
export interface MemberHandle {
  root: 'this' | Binding;
  /** Property names from the root outwards; private names keep their `#`. */
  properties: string[];
  /** As written in code: `this.#timer`, `ref.current`. */
  text: string;
}

export type AcquisitionHandle =
  /** The value is dropped: `setInterval(...)` as a statement (also `void setInterval(...)`). */
  | { kind: 'discarded'; statement: NodePath<ExpressionStatement>; expression: NodePath; voidOperator: Node | null }
  /** Kept in a variable: `const id = setInterval(...)`, `id = setInterval(...)`. */
  | { kind: 'variable'; binding: Binding; expression: NodePath; declarator: NodePath<VariableDeclarator> | null }
  /** Kept in a member: `this.timer = setInterval(...)`, `ref.current = ...`, `timer = setInterval(...)` as a class field. */
  | { kind: 'member'; member: MemberHandle; expression: NodePath; assignment: NodePath<AssignmentExpression> | null }
  /** A method is called on the result right away: `setInterval(...).unref()`. */
  | { kind: 'chained'; method: string; expression: NodePath }
  /** Handed to the caller: `return setInterval(...)`, `() => setInterval(...)`. */
  | { kind: 'returned'; expression: NodePath }
  /** Passed or stored where this analysis does not follow it (an argument, an array, ...). */
  | { kind: 'escapes'; expression: NodePath }
  /** Dropped inside a larger expression (`ready && setInterval(...)`): not simply capturable. */
  | { kind: 'unsupported'; expression: NodePath };

/** The outermost expression that is the same value as `path` (through `as`, `!`, parentheses). */
export function getValuePath(path: NodePath): NodePath {
  let current = path;
  while (current.parentPath && isValueWrapper(current.parentPath.node) && current.key === 'expression') {
    current = current.parentPath;
  }
  return current;
}

/** `this.a.#b` / `ref.current` -> its member handle; anything else -> `null`. */
export function getMemberHandle(path: NodePath, node: Node): MemberHandle | null {
  const properties: string[] = [];
  let current: Node = node;
  while (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') {
    const name = getPropertyName(current);
    if (name === null) return null;
    properties.unshift(name);
    current = current.object;
  }
  if (properties.length === 0) return null;
  const suffix = properties.map((name) => `.${name}`).join('');
  // Case: `this.timer`, `this.#timer`
  if (current.type === 'ThisExpression') return { root: 'this', properties, text: `this${suffix}` };
  // Case: `ref.current`, `state.timer` (the root must be a local or imported binding)
  if (current.type === 'Identifier') {
    const binding = findBinding(path, current.name);
    if (!binding) return null;
    // Case: `const self = this; self.interval = setInterval(…)`: `this.interval`, read where `this` is the same
    if (isThisAliasInSameFunction(binding, path)) return { root: 'this', properties, text: `this${suffix}` };
    return { root: binding, properties, text: `${current.name}${suffix}` };
  }
  return null;
}

const THIS_FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);

/**
 * `binding` is `const self = this` declared in the
 * own code of the function whose `this` the read at `path` sees (arrows in between keep `this`):
 * photoprism's `const self = this; self.interval = setInterval(…)` in a Vue method.
 */
function isThisAliasInSameFunction(binding: Binding, path: NodePath): boolean {
  const declaration = binding.declaration;
  if (binding.kind !== 'const' || declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || declaration.init?.type !== 'ThisExpression') return false;
  let fn: NodePath | null = path.parentPath;
  while (fn && !THIS_FUNCTIONS.has(fn.node.type)) fn = fn.parentPath;
  const body = fn ? (fn.node as { body: Node }).body : null;
  return body !== null && someInOwnCode(body, (node) => node === declaration);
}

export function resolveAcquisitionHandle(path: NodePath): AcquisitionHandle {
  const expression = getValuePath(path);
  const parentPath = expression.parentPath;
  const parent = parentPath?.node;
  if (!parentPath || !parent) return { kind: 'unsupported', expression };
  switch (parent.type) {
    // Case: `setInterval(tick, 1000);`
    case 'ExpressionStatement':
      return { kind: 'discarded', statement: parentPath as NodePath<ExpressionStatement>, expression, voidOperator: null };
    // Case: `void setInterval(tick, 1000);`
    case 'UnaryExpression':
      if (parent.operator === 'void' && parentPath.parent?.type === 'ExpressionStatement') {
        return { kind: 'discarded', statement: parentPath.parentPath as NodePath<ExpressionStatement>, expression, voidOperator: parent };
      }
      return { kind: 'unsupported', expression };
    // Case: `const id = setInterval(...)`
    case 'VariableDeclarator':
      if (expression.key === 'init' && parent.id.type === 'Identifier') {
        const binding = findBinding(parentPath, parent.id.name);
        if (binding) return { kind: 'variable', binding, expression, declarator: parentPath as NodePath<VariableDeclarator> };
      }
      return { kind: 'escapes', expression };
    // Case: `id = setInterval(...)`, `this.timer = setInterval(...)`, `ref.current = setInterval(...)`
    case 'AssignmentExpression': {
      if (expression.key !== 'right' || parent.operator !== '=') return { kind: 'escapes', expression };
      const left = parent.left;
      if (left.type === 'Identifier') {
        // Case: `this.worker = child = new Worker(…)`: the member keeps the value past the function; the local is an alias
        const outer = findOuterMemberAssignment(parentPath);
        if (outer) return { kind: 'member', member: outer.member, expression, assignment: outer.assignment };
        const binding = findBinding(parentPath, left.name);
        if (binding) return { kind: 'variable', binding, expression, declarator: null };
        return { kind: 'escapes', expression };
      }
      const member = getMemberHandle(parentPath, left);
      if (member) return { kind: 'member', member, expression, assignment: parentPath as NodePath<AssignmentExpression> };
      return { kind: 'escapes', expression };
    }
    // Case: `class A { timer = setInterval(...) }`, `#timer = setInterval(...)`
    case 'ClassProperty':
    case 'ClassPrivateProperty': {
      if (expression.key !== 'value' || parent.static) return { kind: 'escapes', expression };
      const key = parent.key;
      const name =
        key.type === 'PrivateName'
          ? `#${key.id.name}`
          : key.type === 'Identifier' && !(parent as { computed?: boolean }).computed
            ? key.name
            : key.type === 'StringLiteral'
              ? key.value
              : null;
      if (name === null || !/^#?[A-Za-z_$][\w$]*$/.test(name)) return { kind: 'escapes', expression };
      return { kind: 'member', member: { root: 'this', properties: [name], text: `this.${name}` }, expression, assignment: null };
    }
    // Case: `setInterval(...).unref()`, `setTimeout(...)?.unref?.()`
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const name = expression.key === 'object' ? getPropertyName(parent) : null;
      const call = parentPath.parentPath;
      if (name && call && (call.node.type === 'CallExpression' || call.node.type === 'OptionalCallExpression') && parentPath.key === 'callee') {
        return { kind: 'chained', method: name, expression };
      }
      return { kind: 'escapes', expression };
    }
    // Case: `return setInterval(...)`
    case 'ReturnStatement':
      return { kind: 'returned', expression };
    // Case: `const start = () => setInterval(...)`
    case 'ArrowFunctionExpression':
      return expression.key === 'body' ? { kind: 'returned', expression } : { kind: 'escapes', expression };
    // Case: `ready && setInterval(...)`, `a ? setTimeout(...) : null` (only when the whole is dropped)
    case 'LogicalExpression':
    case 'ConditionalExpression':
    case 'SequenceExpression':
      return isDroppedValue(parentPath) && !(parent.type === 'ConditionalExpression' && expression.key === 'test')
        ? { kind: 'unsupported', expression }
        : { kind: 'escapes', expression };
    default:
      return { kind: 'escapes', expression };
  }
}

/**
 * The assignment at `path` (`child = new Worker(…)`) is itself the value of a chain of `=`
 * assignments whose outer target is a member (`this.worker = child = …`, also through more
 * locals): that member and its assignment. `null` when no member is in the chain.
 */
function findOuterMemberAssignment(path: NodePath): { member: MemberHandle; assignment: NodePath<AssignmentExpression> } | null {
  let current = getValuePath(path);
  for (;;) {
    const parent = current.parentPath;
    if (!parent || parent.node.type !== 'AssignmentExpression' || parent.node.operator !== '=' || current.key !== 'right') return null;
    const left = parent.node.left;
    if (left.type === 'Identifier') {
      current = getValuePath(parent);
      continue;
    }
    const member = getMemberHandle(parent, left);
    return member ? { member, assignment: parent as NodePath<AssignmentExpression> } : null;
  }
}

/** The value of `path` ends up in an expression statement (through `&&`, `?:`, `,`). */
function isDroppedValue(path: NodePath): boolean {
  let current = getValuePath(path);
  for (;;) {
    const parent = current.parentPath;
    if (!parent) return false;
    if (parent.node.type === 'ExpressionStatement') return true;
    if (parent.node.type === 'LogicalExpression' || parent.node.type === 'ConditionalExpression' || parent.node.type === 'SequenceExpression') {
      current = getValuePath(parent);
      continue;
    }
    return false;
  }
}
