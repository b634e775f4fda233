/**
 * A call of a same-file async function that catches every error itself: its promise cannot
 * reject (short of a throw inside its own `catch`), so dropping it loses nothing a handler
 * would see. Used by unconsumed-promise only.
 *
 *   const onConfirm = async () => {
 *     try { await save(); } catch (error) { setToastApiError(error); }
 *   };
 *   onConfirm();   // not a finding
 *   (async () => { try { await persist(); } catch { } })();   // nor this immediately invoked one
 *
 * Strict on purpose: the body is one `try` with a `catch` (after declarations whose values
 * cannot throw, `console` lines of literals and names, and early returns on a test of names
 * such as `if (!element) return;`; after it only such lines and
 * `clearInterval(id)` / `clearTimeout(id)`), and neither the `catch` nor a `finally` throws or
 * awaits.
 */
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import type { CallExpression, MemberExpression, Node, Statement } from '@babel/types';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import type { NodePath } from '../../src/core/traverse';

export function isSelfHandledCall(path: NodePath, node: Node): boolean {
  return isSelfHandledFunction(resolveCalledFunction(path, node));
}

/**
 * The function a call `f()` names, declared in the file: `async function f() {…}` or
 * `const f = async () => {…}` (the declaration or the `const`'s value); or the method a call
 * `this.#f()` (or `this.f()` of a TypeScript `private` method) names in the class around it,
 * which no subclass can replace; for an immediately invoked function (`(async () => { try {…}
 * catch {…} })()`) the function itself; else `null`.
 */
export function resolveCalledFunction(path: NodePath, node: Node): Node | null {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression') return null;
  const callee = unwrapExpression((call as CallExpression).callee);
  if (callee.type === 'MemberExpression') return resolveOwnPrivateMethod(path, callee);
  if (callee.type === 'ArrowFunctionExpression' || callee.type === 'FunctionExpression') return callee;
  if (callee.type !== 'Identifier') return null;
  const binding = findBinding(path, callee.name);
  if (!binding) return null;
  const declaration = binding.declaration;
  if (binding.kind === 'function') return declaration;
  if (binding.kind === 'const' && declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier) return declaration.init ?? null;
  return null;
}

/**
 * `this.#name()` / `this.name()` where `this` is the instance of the class the call is written in
 * (only arrow functions between the call and the class's method) and the class declares `#name`,
 * or `private name`, as an instance method: the method node.
 */
function resolveOwnPrivateMethod(path: NodePath, callee: MemberExpression): Node | null {
  if (callee.computed || callee.object.type !== 'ThisExpression') return null;
  const key = callee.property;
  const name = key.type === 'PrivateName' ? key.id.name : key.type === 'Identifier' ? key.name : null;
  if (name === null) return null;
  let current: NodePath | null = path.parentPath;
  while (current && (current.node.type === 'ArrowFunctionExpression' || !isOwnThisBoundary(current.node))) current = current.parentPath;
  const method = current?.node;
  if (!method || (method.type !== 'ClassMethod' && method.type !== 'ClassPrivateMethod' && method.type !== 'ClassProperty' && method.type !== 'ClassPrivateProperty') || method.static) return null;
  const body = current!.parentPath?.node;
  if (body?.type !== 'ClassBody') return null;
  for (const member of body.body) {
    if (member.type === 'ClassPrivateMethod' && key.type === 'PrivateName' && member.key.id.name === name && member.kind === 'method' && !member.static) return member;
    if (member.type === 'ClassMethod' && key.type === 'Identifier' && member.accessibility === 'private' && !member.computed && member.key.type === 'Identifier' && member.key.name === name && member.kind === 'method' && !member.static) return member;
  }
  return null;
}

/** A node that gives `this` its own value: a non-arrow function, a class member, a class. */
function isOwnThisBoundary(node: Node): boolean {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ObjectMethod' || node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod' || node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty' || node.type === 'StaticBlock' || node.type === 'ClassDeclaration' || node.type === 'ClassExpression' || node.type === 'Program';
}

function isSelfHandledFunction(node: Node | null | undefined): boolean {
  if (!node || (node.type !== 'FunctionDeclaration' && node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression' && node.type !== 'ClassMethod' && node.type !== 'ClassPrivateMethod')) return false;
  if (!node.async || node.generator || node.body.type !== 'BlockStatement') return false;
  const statements = node.body.body;
  // The last `try`; after it, only timer clears (`clearInterval(intervalCheck)`) and log lines.
  let index = statements.length - 1;
  while (index >= 0 && (isTimerClear(statements[index]!) || isQuietLog(statements[index]!))) index--;
  const last = statements[index];
  if (!last || last.type !== 'TryStatement' || !last.handler) return false;
  // Case: declarations before the try, with values that cannot throw (`const id = props.id` would: not allowed),
  // and log lines (`console.log(`Starting on ${PORT}`)`)
  // and early returns on a test of names (`if (!element) return;`)
  if (!statements.slice(0, index).every((statement) => isQuietDeclaration(statement) || isQuietLog(statement) || isQuietGuard(statement))) return false;
  return !mayThrow(last.handler.body) && !(last.finalizer && mayThrow(last.finalizer));
}

function isQuietDeclaration(statement: Statement): boolean {
  return (
    statement.type === 'VariableDeclaration' &&
    statement.declarations.every((declarator) => {
      const init = declarator.init ? unwrapExpression(declarator.init) : null;
      return !init || init.type === 'Identifier' || init.type.endsWith('Literal') || init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression';
    })
  );
}

/** Operators that cannot throw on names and literals (no `in`, `instanceof`, arithmetic: those may call user code or throw). */
const QUIET_OPERATORS: ReadonlySet<string> = new Set(['!', 'typeof', 'void', '===', '!==', '&&', '||', '??']);

/** A test made of names and literals joined by operators that cannot throw (`!element`, `!a || b === null`). */
function isQuietTest(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier' || (value.type.endsWith('Literal') && value.type !== 'TemplateLiteral')) return true;
  if (value.type === 'UnaryExpression') return QUIET_OPERATORS.has(value.operator) && isQuietTest(value.argument);
  if (value.type === 'BinaryExpression' || value.type === 'LogicalExpression') {
    if (value.left.type === 'PrivateName') return false;
    // `x == null`: a loose comparison with null never converts the other side (with an object it may call its `valueOf`)
    const quietOperator = QUIET_OPERATORS.has(value.operator) || ((value.operator === '==' || value.operator === '!=') && (isNullish(value.left) || isNullish(value.right)));
    return quietOperator && isQuietTest(value.left) && isQuietTest(value.right);
  }
  return false;
}

/**
 * `if (!element) return;` (also in braces, without an `else`): an early return on a test of names
 * and literals, returning nothing, a name or a literal — it cannot throw.
 */
function isQuietGuard(statement: Statement): boolean {
  if (statement.type !== 'IfStatement' || statement.alternate || !isQuietTest(statement.test)) return false;
  const body = statement.consequent.type === 'BlockStatement' && statement.consequent.body.length === 1 ? statement.consequent.body[0]! : statement.consequent;
  return body.type === 'ReturnStatement' && (!body.argument || isLiteralValue(body.argument) || unwrapExpression(body.argument).type === 'Identifier');
}

/** `clearInterval(id)`, `clearTimeout(timer)`: a global timer clear of a name. */
function isTimerClear(statement: Statement): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const call = unwrapExpression(statement.expression);
  return (
    call.type === 'CallExpression' && call.callee.type === 'Identifier' && (call.callee.name === 'clearInterval' || call.callee.name === 'clearTimeout') &&
    call.arguments.length === 1 && call.arguments[0]!.type === 'Identifier'
  );
}

const CONSOLE_METHODS = new Set(['log', 'info', 'debug', 'warn', 'error', 'trace']);

/** `console.log('…')`, `console.info(`… ${PORT}`)`: arguments that are literals, names, or templates of names. */
function isQuietLog(statement: Statement): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const call = unwrapExpression(statement.expression);
  if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || call.callee.computed) return false;
  const { object, property } = call.callee;
  if (object.type !== 'Identifier' || object.name !== 'console' || property.type !== 'Identifier' || !CONSOLE_METHODS.has(property.name)) return false;
  const quiet = (node: Node): boolean => node.type === 'Identifier' || (node.type.endsWith('Literal') && node.type !== 'TemplateLiteral');
  return call.arguments.every((argument) => quiet(argument) || (argument.type === 'TemplateLiteral' && argument.expressions.every((expression) => quiet(expression))));
}

/** A `throw` or an `await` in the block, outside nested functions. */
function mayThrow(block: Node): boolean {
  return someInOwnCode(block, (node) => node.type === 'ThrowStatement' || node.type === 'AwaitExpression');
}

/**
 * `validate()` where `validate` is an `async` function of this file whose body awaits nothing
 * (no `await`, no `for await`, no value returned but literals): its work ends before the call
 * returns, and its promise can only carry a synchronous throw. Dropped, little is lost
 * (siyuan's and notesnook's `validate()` of pure checks, a test helper that only registers
 * cases): report-only findings about it are `medium`.
 */
export function isSettledOnReturnCall(path: NodePath, node: Node): boolean {
  const fn = resolveCalledFunction(path, node);
  if (!fn || (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression' && fn.type !== 'ClassMethod' && fn.type !== 'ClassPrivateMethod')) return false;
  if (!fn.async || fn.generator || fn.body.type !== 'BlockStatement') return false;
  return !someInOwnCode(fn.body, (inner) => inner.type === 'AwaitExpression' || (inner.type === 'ForOfStatement' && inner.await) || (inner.type === 'ReturnStatement' && inner.argument !== null && inner.argument !== undefined && !isLiteralValue(inner.argument)));
}

function isNullish(node: Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined');
}

function isLiteralValue(node: Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'StringLiteral' || value.type === 'NumericLiteral' || value.type === 'BooleanLiteral' || value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined');
}
