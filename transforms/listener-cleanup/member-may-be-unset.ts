/**
 * Which parts of a `this.x.y` chain another method of the class may find unset, so code
 * written there reads them with `?.` (a removal in `stop()` / `ngOnDestroy()` /
 * `componentWillUnmount()` that reads `this.socket` again must not throw when the socket was
 * never opened, or was already dropped).
 *
 * A part may be unset when:
 * - TypeScript says so: the field is optional (`socket?: Socket`) or its type includes `null` /
 *   `undefined`;
 * - the class says so, in any method: it reads the part with `?.` (`this.socket?.close()`),
 *   tests it (`if (this.socket)`, `this.socket && ...`, `!this.socket`, `this.socket == null`),
 *   or sets it to `null` / `undefined`;
 * - the class sets it only under a condition: a field without an initializer whose every
 *   assignment sits in a branch (`if`, `? :`, `&&`, `switch`, a loop, `catch`), a callback of
 *   its method, or after an `await` of an async method, never plainly in a method body before
 *   any await (`ngOnInit() { if (this.enabled) this.sub = ... }`: `ngOnDestroy()` finds it unset
 *   whenever the branch was not taken; `async start() { await open(); this.bus = ... }`:
 *   `stop()` after a start that failed or was aborted finds it unset).
 */
import type { Node } from '@babel/types';
import type { Language } from '../../src/core/language';
import type { NodePath } from '../../src/core/traverse';
import { getMemberHandle } from '../../src/analysis/resources/acquisition-handle';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { getMemberUnset } from '../../src/analysis/resources/handle-capture';
import { isSameValue } from './same-value';
import { unwrapPath } from '../../src/core/node-helpers';

const NULLISH_TYPES = new Set(['NullLiteral']);

function isNullish(node: Node): boolean {
  return NULLISH_TYPES.has(node.type) || (node.type === 'Identifier' && node.name === 'undefined');
}

/** How the class uses `path` (a `this.x` chain somewhere in it) says it may be unset. */
function isUnsetUse(path: NodePath): boolean {
  const parentPath = path.parentPath;
  const parent = parentPath?.node;
  if (!parentPath || !parent) return false;
  switch (parent.type) {
    // Case: `this.socket?.close()`, `this.socket?.id`
    case 'OptionalMemberExpression':
    case 'OptionalCallExpression':
      return path.key === (parent.type === 'OptionalMemberExpression' ? 'object' : 'callee') && parent.optional === true;
    // Case: `if (this.socket)`, `this.socket ? a : b`, `while (this.socket)`
    case 'IfStatement':
    case 'ConditionalExpression':
    case 'WhileStatement':
      return path.key === 'test';
    // Case: `this.socket && this.socket.close()`, `this.socket || create()`, `this.socket ?? x`
    case 'LogicalExpression':
      return path.key === 'left';
    // Case: `!this.socket`
    case 'UnaryExpression':
      return parent.operator === '!';
    // Case: `this.socket == null`, `this.socket !== undefined`
    case 'BinaryExpression':
      return ['==', '!=', '===', '!=='].includes(parent.operator) && isNullish(path.key === 'left' ? parent.right : parent.left);
    // Case: `this.socket = null`
    case 'AssignmentExpression':
      return path.key === 'left' && parent.operator === '=' && isNullish(parent.right);
    default:
      return false;
  }
}

/**
 * The parts of `target` (a member chain rooted at `this`, at the acquisition) that may be unset
 * when another method of `classPath` reads them: outermost last (`this.portal.socket` ->
 * `[this.portal.socket]` when only `socket` may be unset).
 */
export function findMaybeUnsetParts(target: NodePath, classPath: NodePath, language: Language): NodePath[] {
  const parts: NodePath[] = [];
  for (let current = unwrapPath(target); current.node.type === 'MemberExpression' || current.node.type === 'OptionalMemberExpression'; ) {
    if (current.node.computed) return [];
    parts.unshift(current);
    current = unwrapPath(current.child(current.node.object, 'object'));
    if (current.node.type === 'ThisExpression') break;
    if (current.node.type !== 'MemberExpression' && current.node.type !== 'OptionalMemberExpression') return [];
  }
  if (parts.length === 0) return [];
  const unset = new Set<NodePath>();
  // Case: `private socket?: Socket`, `socket: Socket | null = null`
  const first = parts[0]!;
  const member = getMemberHandle(first, first.node);
  if (member && getMemberUnset(member, classPath.node, { language }) !== 'never') unset.add(first);
  const firstName = getThisPropertyName(first.node);
  if (firstName !== null && isAssignedOnlyConditionally(firstName, classPath)) unset.add(first);
  forEachDescendant(classPath, (path) => {
    const node = path.node;
    if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return undefined;
    const part = parts.find((candidate) => !unset.has(candidate) && isSameValue(candidate, path));
    if (part && isUnsetUse(path)) unset.add(part);
    return undefined;
  });
  return parts.filter((part) => unset.has(part));
}

/**
 * The statement of a release method's body that unsets `target` or a part of it
 * (`this.socket = null;`, or an `if` around it): a release that reads the target must run
 * before it, or `?.` would make it do nothing.
 */
export function findUnsettingStatement(method: NodePath, target: NodePath, depth = 0): Node | null {
  const parts: NodePath[] = [];
  for (let current = unwrapPath(target); current.node.type === 'MemberExpression' || current.node.type === 'OptionalMemberExpression'; ) {
    parts.push(current);
    current = unwrapPath(current.child(current.node.object, 'object'));
  }
  // Case: `dispose = () => {…}`, a Vue hook written `beforeDestroy: function () {…}`.
  const fn = method.node.type === 'ClassProperty' || method.node.type === 'ObjectProperty' ? method.child((method.node as { value: Node }).value, 'value') : method;
  const body = (fn.node as { body?: Node }).body;
  if (!body || body.type !== 'BlockStatement') return null;
  const block = fn.child(body, 'body');
  let found: Node | null = null;
  body.body.forEach((statement, index) => {
    if (found) return;
    // Case: `destroy() { this.close(); … }` where `close()` sets `this.popup = null` (siyuan's
    // agent panel): a removal after that call would read the emptied field
    const called = depth < 2 ? getCalledOwnMethod(method, statement) : null;
    if (called && findUnsettingStatement(called, target, depth + 1)) {
      found = statement;
      return;
    }
    forEachDescendant(block.child(statement, 'body', index), (path) => {
      if (found) return false;
      const node = path.node;
      if (node.type === 'AssignmentExpression' && node.operator === '=' && isNullish(node.right)) {
        const left = path.child(node.left, 'left');
        if (parts.some((part) => isSameValue(part, left))) found = statement;
      }
      return undefined;
    });
  });
  return found;
}

/** The method of the same class `statement` calls on `this` (`this.close();`, `await this.close();`), else `null`. */
function getCalledOwnMethod(method: NodePath, statement: Node): NodePath | null {
  if (statement.type !== 'ExpressionStatement') return null;
  let expression = statement.expression;
  if (expression.type === 'AwaitExpression') expression = expression.argument;
  if (expression.type !== 'CallExpression' || expression.callee.type !== 'MemberExpression' || expression.callee.object.type !== 'ThisExpression' || expression.callee.computed) return null;
  const name = expression.callee.property.type === 'Identifier' ? expression.callee.property.name : null;
  const classBody = method.parentPath;
  if (!name || classBody?.node.type !== 'ClassBody') return null;
  const index = classBody.node.body.findIndex((member) => (member.type === 'ClassMethod' || member.type === 'ClassProperty') && !member.computed && member.key.type === 'Identifier' && member.key.name === name && !member.static);
  return index === -1 || classBody.node.body[index] === method.node ? null : classBody.child(classBody.node.body[index]!, 'body', index);
}

/** `x` of `this.x` (`#x` for `this.#x`), else `null`. */
function getThisPropertyName(node: Node): string | null {
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed || node.object.type !== 'ThisExpression') return null;
  if (node.property.type === 'Identifier') return node.property.name;
  return node.property.type === 'PrivateName' ? `#${node.property.id.name}` : null;
}

const FUNCTION_TYPES = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration', 'ClassMethod', 'ClassPrivateMethod', 'ObjectMethod']);

/**
 * Whether `method` (async) awaits before `position`: an assignment there is skipped when the
 * awaited promise rejects or the caller gives up (`async start() { await adapter.start();
 * this.bus = new Bus(); }`: a `stop()` after a failed start finds `this.bus` unset).
 */
function awaitsBefore(method: Node, position: number): boolean {
  if (!(method as { async?: boolean }).async) return false;
  const body = (method as { body?: Node }).body;
  return !!body && someInOwnCode(body, (node) => (node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await)) && (node.start ?? 0) < position);
}

/** Whether the assignment at `path` runs only sometimes when its function runs: in a branch, a loop body, a `catch`, a callback, or after an `await`. */
function isConditionalAssignment(path: NodePath): boolean {
  const position = path.node.start ?? 0;
  for (let child = path, parent = path.parentPath; parent; child = parent, parent = parent.parentPath) {
    const node = parent.node;
    if (node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') return awaitsBefore(node, position);
    // Case: `onResize = () => { this.sub = … }`: a method written as a field.
    if (FUNCTION_TYPES.has(node.type) && parent.parentPath?.node.type === 'ClassProperty' && parent.key === 'value') return awaitsBefore(node, position);
    // Case: `this.sub = …` inside `.then(() => …)` or `forEach(() => …)`: the callback may never run.
    if (FUNCTION_TYPES.has(node.type)) return true;
    switch (node.type) {
      case 'IfStatement':
      case 'ConditionalExpression':
        if (child.key !== 'test') return true;
        break;
      case 'LogicalExpression':
        if (child.key === 'right') return true;
        break;
      case 'SwitchCase':
      case 'CatchClause':
      case 'WhileStatement':
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
        if (child.key === 'body' || child.key === 'consequent') return true;
        break;
      case 'OptionalCallExpression':
      case 'OptionalMemberExpression':
        return true;
      default:
        break;
    }
  }
  return true;
}

/**
 * Whether the class leaves `this.<name>` unset unless a condition held: the field has no
 * initializer (nor is a constructor parameter property), and every assignment to it is
 * conditional in its method (`isConditionalAssignment`). A plain assignment in any method body
 * (`ngOnInit() { this.sub = … }`) says the class means it to be set: `false`.
 */
export function isAssignedOnlyConditionally(name: string, classPath: NodePath): boolean {
  const body = (classPath.node as { body?: { body?: Node[] } }).body?.body ?? [];
  for (const item of body) {
    if (item.type === 'ClassProperty' || item.type === 'ClassPrivateProperty') {
      const key = item.key.type === 'PrivateName' ? `#${item.key.id.name}` : item.key.type === 'Identifier' ? item.key.name : null;
      if (key === name && item.value) return false;
    }
    // Case: `constructor(private sub: Subscription)`.
    if (item.type === 'ClassMethod' && item.kind === 'constructor' && item.params.some((param) => param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier' && param.parameter.name === name)) return false;
  }
  let assigned = false;
  let always = false;
  forEachDescendant(classPath, (path) => {
    if (always) return false;
    const node = path.node;
    if (node.type !== 'AssignmentExpression' || getThisPropertyName(node.left) !== name) return undefined;
    assigned = true;
    if (!isConditionalAssignment(path)) always = true;
    return undefined;
  });
  return assigned && !always;
}
