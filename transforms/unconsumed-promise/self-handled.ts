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
 * cannot throw, `console` lines of literals and names, flag assignments such as
 * `loading = true;` or a React state setter's `setLoading(true);`, early returns on a test of
 * names such as `if (!element) return;`, and other such `try`s — a sequence of
 * `try { … } catch { … }` blocks, each loading its own part; after it only `console` lines, flag
 * assignments, state setters and `clearInterval(id)` / `clearTimeout(id)`), and no `catch` nor
 * `finally` throws or awaits.
 */
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import type { CallExpression, Class, MemberExpression, Node, OptionalCallExpression, Statement } from '@babel/types';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { forEachChildNode, type NodePath } from '../../src/core/traverse';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { findDescendantPath, forEachDescendant } from '../../src/analysis/syntax/descendants';
import { findAncestorPath, findProgramPath } from '../../src/core/node-helpers';

export function isSelfHandledCall(path: NodePath, node: Node): boolean {
  return isSelfHandledFunction(resolveCalledFunction(path, node), path);
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
  return callee.type === 'Identifier' ? resolveNamedFunction(path, callee.name) : null;
}

/** What the name `name` holds where `path` sees it: a function declaration, or a `const`'s value (`const f = async () => {…}`). */
function resolveNamedFunction(path: NodePath, name: string): Node | null {
  const binding = findBinding(path, name);
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

/**
 * An inline async callback (`ids.forEach(async (id) => { try { … } catch (e) { log(e) } })`) that
 * catches every error itself, as a called function does above, with parameters that cannot throw
 * (names, or array and object patterns of names): the promise it returns cannot reject.
 */
export function isSelfHandledCallback(node: Node, at: NodePath): boolean {
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') return false;
  return node.params.every(isQuietParameter) && isSelfHandledFunction(node, at);
}

/** `id`, `[key, value]`, `{ id, name }`: a parameter that binds names and calls nothing. */
function isQuietParameter(param: Node | null): boolean {
  if (!param) return true;
  if (param.type === 'Identifier') return true;
  if (param.type === 'ArrayPattern') return param.elements.every(isQuietParameter);
  if (param.type === 'ObjectPattern') return param.properties.every((property) => property.type === 'ObjectProperty' && !property.computed && isQuietParameter(property.value as Node));
  return false;
}

function isSelfHandledFunction(node: Node | null | undefined, near: NodePath): boolean {
  if (!node || (node.type !== 'FunctionDeclaration' && node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression' && node.type !== 'ClassMethod' && node.type !== 'ClassPrivateMethod')) return false;
  if (!node.async || node.generator || node.body.type !== 'BlockStatement') return false;
  // The names its flag assignments and state setters use are looked up where the function is written
  const at = findFunctionPath(node, near);
  if (!at) return false;
  const statements = node.body.body;
  // The last `try`; after it, only timer clears (`clearInterval(intervalCheck)`) and log lines.
  let index = statements.length - 1;
  while (index >= 0 && (isTimerClear(statements[index]!) || isQuietLog(statements[index]!) || isQuietFlagAssignment(statements[index]!, at) || isQuietStateSetterCall(statements[index]!, node, at))) index--;
  const last = statements[index];
  if (!last || last.type !== 'TryStatement' || !last.handler) return false;
  // Case: declarations before the try, with values that cannot throw (`const id = props.id` would: not allowed),
  // and log lines (`console.log(`Starting on ${PORT}`)`)
  // and early returns on a test of names (`if (!element) return;`)
  // and flag assignments (`loading = true`)
  // and earlier self-contained `try`s (`try { a = await loadA(); } catch (e) { log(e) } try { … } catch …`)
  // and React state setters given a literal (`setLoading(true)`)
  if (!statements.slice(0, index).every((statement) => isQuietDeclaration(statement) || isQuietLog(statement) || isQuietGuard(statement) || isQuietFlagAssignment(statement, at) || isQuietTry(statement) || isQuietStateSetterCall(statement, node, at))) return false;
  return isQuietTry(last);
}

/** `try { … } catch (e) { … }` whose `catch` and `finally` neither throw nor await: nothing leaves it as an error. */
function isQuietTry(statement: Statement): boolean {
  return statement.type === 'TryStatement' && !!statement.handler && !mayThrow(statement.handler.body) && !(statement.finalizer && mayThrow(statement.finalizer));
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

/**
 * `loading = true;`, `error = null;`: a literal, a name or an empty `[]` / `{}` put in a `let` or
 * `var` the call site sees (the busy flag set around a `try`). Assigning such a value to a
 * declared, writable variable cannot throw; an undeclared name (a `ReferenceError` in a module)
 * or a `const` does not count, nor does a member (`this.loading = true` may run a setter).
 */
export function isQuietFlagAssignment(statement: Statement, at: NodePath): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const assignment = statement.expression;
  if (assignment.type !== 'AssignmentExpression' || assignment.operator !== '=' || assignment.left.type !== 'Identifier') return false;
  const value = unwrapExpression(assignment.right);
  const quietValue =
    value.type === 'Identifier' ||
    (value.type.endsWith('Literal') && value.type !== 'TemplateLiteral') ||
    (value.type === 'ArrayExpression' && value.elements.length === 0) ||
    (value.type === 'ObjectExpression' && value.properties.length === 0);
  if (!quietValue) return false;
  const binding = findBinding(at, assignment.left.name);
  return binding !== null && (binding.kind === 'let' || binding.kind === 'var');
}

/** Modules whose `useState` gives React's state setter. */
const STATE_HOOK_MODULES: ReadonlySet<string> = new Set(['react', 'preact/hooks', 'preact/compat']);

/**
 * `setLoading(true);`, `setError(null);`: a call of a React state setter — the second name of
 * `const [loading, setLoading] = useState(…)` (or `React.useState`), `useState` imported from
 * react (or preact) — with a literal, a name or an empty `[]` / `{}`. The setter queues a render
 * and runs no code of the app's here (an updater function would, at render: not counted), so
 * it cannot throw: the busy flag of a component's async handler, set around its `try`. A setter
 * from any other hook (`const [x, setX] = useStore()`) may be anything and does not count.
 */
export function isQuietStateSetterCall(statement: Statement, fn: Node, at: NodePath): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const call = unwrapExpression(statement.expression);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.arguments.length > 1 || !call.arguments.every(isQuietValue)) return false;
  const binding = findBinding(at, call.callee.name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id.type !== 'ArrayPattern' || declaration.id.elements[1] !== binding.identifier || !declaration.init) return false;
  // The name the function's body sees: a binding whose scope holds the function (not one of the call site's)
  if (binding.scope.start! > fn.start! || binding.scope.end! < fn.end!) return false;
  const hook = unwrapExpression(declaration.init);
  if (hook.type !== 'CallExpression') return false;
  const callee = unwrapExpression(hook.callee);
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(at, callee.name);
    return reference !== null && reference.via === 'import' && STATE_HOOK_MODULES.has(reference.source) && reference.imported === 'useState';
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'Identifier' || callee.property.type !== 'Identifier' || callee.property.name !== 'useState') return false;
  const reference = resolveModuleReference(at, callee.object.name);
  return reference !== null && STATE_HOOK_MODULES.has(reference.source) && (reference.imported === 'default' || reference.imported === '*');
}

/** A literal (not a template), a name, or an empty `[]` / `{}`. */
function isQuietValue(node: Node): boolean {
  const value = unwrapExpression(node);
  return (
    value.type === 'Identifier' ||
    (value.type.endsWith('Literal') && value.type !== 'TemplateLiteral') ||
    (value.type === 'ArrayExpression' && value.elements.length === 0) ||
    (value.type === 'ObjectExpression' && value.properties.length === 0)
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
 * What a rejection handler — or the fulfilment callback of `.then(ok, h)` — leaves the chain
 * after it with. One reader for the two places that ask: a chain that goes on after the handler
 * (`.catch(h).then(() => setLoading(false))`, isHandledChain) and a function that returns the
 * chain (`return load().catch(h)`, getHandledReturnCall).
 *
 * - `'passes'`: the promise after it may reject — the handler throws or awaits outside a `try`
 *   that catches it (an `async` handler's `await`, `for await`), is a generator, or gives back
 *   what may be a rejecting promise: `Promise.reject(…)`, a `new Promise(…)` (or any `new` but
 *   an `…Error`), an `async` function of this file that does not catch every error itself, a
 *   plain one that returns something else than literals and handled chains, a chain whose own
 *   handler passes it on; a call the file does not declare returned from a block body
 *   (`return retry();`: a retry's promise).
 * - `'ends'`: none of that — `(e) => { report(e); }`, `async (e) => { report(e); }` (an `async`
 *   handler that awaits nothing rejects only where a plain one throws), a `throw` caught inside
 *   it, a `Promise.reject(…)` it does not return. An arrow whose expression body is a call the
 *   file does not declare (`(e) => report(e)`, `() => retry()`) is read as the logging it almost
 *   always is; one of a function of the file is read through that function.
 * - `'unknown'`: a handler given by name that is no function of this file
 *   (`.catch(report)`, `.catch(this.onError)`, `.catch(console.error)`). Both places take it as
 *   ending the rejection, as a chain ending in `.catch(report)` is handled.
 */
export type HandlerOutcome = 'ends' | 'passes' | 'unknown';

/** How deep functions of the file are read through one another (`retry` returning `load().catch(() => retry())`). */
const MAX_HANDLER_DEPTH = 3;

export function readHandlerOutcome(handler: Node | null | undefined, at: NodePath, depth = 0): HandlerOutcome {
  if (!handler || depth > MAX_HANDLER_DEPTH) return 'unknown';
  const value = unwrapExpression(handler);
  if (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') return readFunctionOutcome(value, at, depth);
  // Case: `.catch(onError)` where `onError` is a function of this file: read it
  const fn = value.type === 'Identifier' ? resolveNamedFunction(at, value.name) : null;
  return fn ? readFunctionOutcome(fn, at, depth + 1) : 'unknown';
}

type FunctionNode = Extract<Node, { type: 'FunctionDeclaration' | 'FunctionExpression' | 'ArrowFunctionExpression' | 'ClassMethod' | 'ClassPrivateMethod' }>;

function isReadableFunction(node: Node | null | undefined): node is FunctionNode {
  return !!node && (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod');
}

/**
 * `fn`'s own path, found from `near` (a path of the same file): the names in `fn`'s body are
 * looked up from where `fn` is written, not from the call that led to it — a module-level
 * `function retry() {}` must not stand for the `const retry = async () => …` of the function
 * that returns `load().catch(() => retry())`. `null` when `fn` is not in `near`'s file.
 */
function findFunctionPath(fn: Node, near: NodePath): NodePath | null {
  const found = findAncestorPath(near, fn) ?? findDescendantPath(near, fn);
  if (found) return found;
  const program = findProgramPath(near);
  return program ? findDescendantPath(program, fn) : null;
}

/** Each `return value;` of `fn`'s own code (not of functions nested in it), with the return statement's path. */
function forEachOwnReturn(fnPath: NodePath, visit: (argument: Node, at: NodePath) => boolean | void): void {
  let stopped = false;
  forEachDescendant(fnPath, (path) => {
    if (stopped || isFunctionNode(path.node)) return false;
    if (path.node.type !== 'ReturnStatement') return undefined;
    if (path.node.argument && visit(path.node.argument, path) === true) stopped = true;
    return false;
  });
}

function readFunctionOutcome(fn: Node, near: NodePath, depth: number): HandlerOutcome {
  if (!isReadableFunction(fn)) return 'unknown';
  if (depth > MAX_HANDLER_DEPTH) return 'unknown';
  if (fn.generator) return 'passes';
  // The names in the function are looked up where it is written
  const at = findFunctionPath(fn, near);
  if (!at) return 'unknown';
  if (fn.body.type !== 'BlockStatement') return readReturnedOutcome(fn.body, at, depth, false);
  if (hasUncaught(fn.body, (node) => node.type === 'ThrowStatement' || node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await))) return 'passes';
  let outcome: HandlerOutcome = 'ends';
  forEachOwnReturn(at, (argument, returnPath) => {
    outcome = worstOutcome(outcome, readReturnedOutcome(argument, returnPath, depth, true));
    return outcome === 'passes';
  });
  return outcome;
}

/**
 * What a handler's returned value (its expression body, or a `return`'s argument: `inBlock`)
 * does to the chain: a promise that may reject passes the rejection on.
 */
function readReturnedOutcome(node: Node, at: NodePath, depth: number, inBlock: boolean): HandlerOutcome {
  const value = unwrapExpression(node);
  switch (value.type) {
    case 'ConditionalExpression':
      return worstOutcome(readReturnedOutcome(value.consequent, at, depth, inBlock), readReturnedOutcome(value.alternate, at, depth, inBlock));
    case 'LogicalExpression':
      return worstOutcome(readReturnedOutcome(value.left, at, depth, inBlock), readReturnedOutcome(value.right, at, depth, inBlock));
    case 'SequenceExpression':
      return readReturnedOutcome(value.expressions[value.expressions.length - 1]!, at, depth, inBlock);
    case 'AwaitExpression':
    case 'YieldExpression':
      return 'passes';
    case 'NewExpression':
      // Case: `.catch((e) => new Error(String(e)))`: an error object is a value; `new Promise(…)` (or another class's object) may be a promise that rejects
      return value.callee.type === 'Identifier' && /Error$/.test(value.callee.name) ? 'ends' : 'passes';
    case 'CallExpression':
    case 'OptionalCallExpression':
      return readReturnedCallOutcome(value, at, depth, inBlock);
    default:
      return 'ends';
  }
}

function readReturnedCallOutcome(call: CallExpression | OptionalCallExpression, at: NodePath, depth: number, inBlock: boolean): HandlerOutcome {
  const callee = unwrapExpression(call.callee);
  if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed && callee.property.type === 'Identifier') {
    const method = callee.property.name;
    // Case: `Promise.reject(error)`: the chain rejects with it
    if (callee.object.type === 'Identifier' && callee.object.name === 'Promise' && method === 'reject') return 'passes';
    // Case: `() => retry().catch(() => log())`: a chain that ends in its own handler
    const chain = readChainEndOutcome(call, at, depth + 1);
    if (chain !== null) return chain;
  }
  // Case: `() => retry()` where `retry` is a function of this file: what it throws or returns decides
  const fn = resolveCalledFunction(at, call);
  if (isReadableFunction(fn)) return readFunctionOutcome(fn, at, depth + 1);
  // A call the file does not declare: from a block (`return retry();`) it may be a retry's promise;
  // as an arrow's expression body (`(e) => report(e)`) it is read as the logging it almost always is
  return inBlock ? 'passes' : 'ends';
}

/**
 * `p.catch(h)` / `p.then(ok, h)`: the chain's outcome after its last handler — `'passes'` when
 * `h` (or `ok`, whose throw `h` does not see) passes a rejection on; `null` for any other call.
 */
function readChainEndOutcome(call: Node, at: NodePath, depth: number): HandlerOutcome | null {
  const value = unwrapExpression(call);
  if (value.type !== 'CallExpression' && value.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(value.callee);
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed || callee.property.type !== 'Identifier') return null;
  const method = callee.property.name;
  if (method === 'catch' && value.arguments.length === 1) return readHandlerOutcome(value.arguments[0], at, depth);
  if (method === 'then' && value.arguments.length === 2) return worstOutcome(readHandlerOutcome(value.arguments[0], at, depth), readHandlerOutcome(value.arguments[1], at, depth));
  return null;
}

/**
 * `p.catch(h)`, `p.then(ok, h)` where the rejection handler (and `ok`) do not pass a rejection
 * on (readHandlerOutcome: `'ends'`, or a handler given by name, as a chain ending in
 * `.catch(report)` is handled): the promise after it does not reject.
 */
export function endsInRejectionHandler(value: Node, at: NodePath, depth = 0): boolean {
  const outcome = readChainEndOutcome(value, at, depth);
  return outcome !== null && outcome !== 'passes';
}

function worstOutcome(a: HandlerOutcome, b: HandlerOutcome): HandlerOutcome {
  return a === 'passes' || b === 'passes' ? 'passes' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'ends';
}

/**
 * A node of `block`'s own code that passes `test` and is not inside the `try` block of a
 * `try … catch` (there the `catch` gets it; the `catch` and `finally` themselves are searched).
 */
function hasUncaught(block: Node, test: (node: Node) => boolean): boolean {
  const visit = (node: Node): boolean => {
    if (test(node)) return true;
    if (isFunctionNode(node)) return false;
    if (node.type === 'TryStatement' && node.handler) return visit(node.handler.body) || (!!node.finalizer && visit(node.finalizer));
    let found = false;
    forEachChildNode(node, (child) => {
      if (!found && visit(child)) found = true;
    });
    return found;
  };
  return visit(block);
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

/**
 * A call of a plain (not `async`) function whose every `return` gives nothing, a literal, or a
 * chain that ends in its own rejection handler — `.catch(fn)` or `.then(ok, fn)` with a function
 * written there that neither throws nor awaits (an arrow whose expression body is such a chain,
 * `const refresh = () => load().then(show).catch((e) => log(e))`, too):
 *
 *   autoplay(kind) {
 *     if (!this.tech) return;
 *     return this.play().then(() => this.emit('started')).catch(() => this.emit('blocked'));
 *   }
 *   this.autoplay('muted');   // dropped, but its promise cannot reject
 *
 * Its type is "a promise or nothing", and whichever it is, nobody needs to handle it (a
 * synchronous throw is no rejection). `'certain'` for a function of the file or a method no
 * subclass can replace (as isSelfHandledCall resolves it); `'overridable'` for a public method of
 * the class around the call (`this.autoplay()`): a subclass could replace it, so such a finding
 * stays, `low` (videojs/video.js's player: its autoplay helper, dropped after each source change);
 * `null` otherwise.
 */
export function getHandledReturnCall(path: NodePath, node: Node): 'certain' | 'overridable' | null {
  if (isHandledReturnFunction(resolveCalledFunction(path, node), path)) return 'certain';
  return isHandledReturnFunction(resolveOwnPublicMethod(path, node), path) ? 'overridable' : null;
}

/**
 * `this.name()` where `this` is the instance of the class the call is written in, and the class
 * declares `name` once, as an instance method (or a field holding an arrow function): the
 * method's function, which a subclass could still replace; else `null`.
 */
export function resolveOwnPublicMethod(path: NodePath, node: Node): Node | null {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression') return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'ThisExpression' || callee.property.type !== 'Identifier') return null;
  const owner = resolveThisClass(path);
  return owner ? findMethod(owner.classPath.node, callee.property.name) : null;
}

function findMethod(classNode: Class, name: string): Node | null {
  const matches = classNode.body.body.filter(
    (member) => (member.type === 'ClassMethod' || member.type === 'ClassProperty') && !member.static && !member.computed && member.key.type === 'Identifier' && member.key.name === name,
  );
  // One declaration only (overloads, a getter pair or a field that replaces the method: not read)
  if (matches.length !== 1) return null;
  const member = matches[0]!;
  if (member.type === 'ClassMethod') return member.kind === 'method' ? member : null;
  return member.type === 'ClassProperty' && member.value && member.value.type === 'ArrowFunctionExpression' ? member.value : null;
}

function isHandledReturnFunction(node: Node | null | undefined, near: NodePath): boolean {
  if (!node || (node.type !== 'FunctionDeclaration' && node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression' && node.type !== 'ClassMethod' && node.type !== 'ClassPrivateMethod')) return false;
  if (node.async || node.generator) return false;
  // The names in the function (a handler it names, a callee of its handler) are looked up where it is written, not at the call
  const at = findFunctionPath(node, near);
  if (!at) return false;
  // Case: `const refresh = (id) => load(id).then(show).catch((error) => log(error))`: the arrow's expression body is what it returns
  if (node.body.type !== 'BlockStatement') return endsInRejectionHandler(node.body, at);
  const returned: Array<{ value: Node; at: NodePath }> = [];
  forEachOwnReturn(at, (value, returnPath) => {
    returned.push({ value, at: returnPath });
  });
  // Case: a function that returns no promise at all is not what this is about (the checker would not say "maybe")
  return returned.some(({ value }) => !isLiteralValue(value)) && returned.every(({ value, at: returnPath }) => isLiteralValue(value) || endsInRejectionHandler(value, returnPath));
}

function isNullish(node: Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined');
}

function isLiteralValue(node: Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'StringLiteral' || value.type === 'NumericLiteral' || value.type === 'BooleanLiteral' || value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined');
}
