/**
 * A module-level `let`/`var` target that the function adding the listener has just filled, by a
 * statement before the listener (`socket = io(url);` … `socket.on('info', …)`; `io = _io;` …
 * `io.sockets.on(…)`; `muteButton = elem.querySelector('.muteButton');` …
 * `muteButton.addEventListener('click', …)`): the listener is on what this call of the function
 * made or was handed, not on one object for the module's life. Used by the confidence policy
 * (`medium`) and, for a DOM element the function looked up or created, by the matcher: with no
 * owner that listener goes with the element (jellyfin's now-playing bar binds the buttons of
 * the bar element it is handed). Also by the matcher, for an object the function made with `new`
 * by a statement of its own body (`mainWindow = new BrowserWindow(opts);` …
 * `mainWindow.on('closed', …)`), or of a nested block that also holds the listener after it:
 * each call listens on its own new object, so nothing piles up.
 * A fill only while the variable is unset (`if (!image) image = new Image();`) is no refill: the
 * same object serves every later call.
 * A method the code calls only as `this.method()` from methods that fill the variable right before
 * (`room = connection.initConference(…); this.setupListeners();`) counts as filled by that caller.
 */
import type { AssignmentExpression, ExpressionStatement, Node } from '@babel/types';
import { resolveHandleResource } from './handle-resource';
import type { NodePath } from '../../src/core/traverse';
import { isLoopType, unwrapPath } from '../../src/core/node-helpers';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode, type Binding } from '../../src/analysis/syntax/scope';

/** The value the function stored in the target's root variable before the listener, when it did. */
export function findRefill(target: NodePath): Node | null {
  return findRefillStatement(target)?.value ?? null;
}

/** The refill and the statement that makes it (`statement` is the `x = value;` statement's path). */
function findRefillStatement(target: NodePath): { value: Node; statement: NodePath; fn: NodePath } | null {
  let path = unwrapPath(target);
  // Case: `io.sockets.on(…)` after `io = _io`: the root of the chain was filled
  // (`server.live?.on(…)` too: an optional chain is the same chain)
  while ((path.node.type === 'MemberExpression' || path.node.type === 'OptionalMemberExpression') && !path.node.computed) path = unwrapPath(path.child(path.node.object, 'object'));
  if (path.node.type !== 'Identifier') return null;
  const name = path.node.name;
  const binding = findBinding(path, name);
  if (!binding || binding.scope.type !== 'Program' || (binding.kind !== 'let' && binding.kind !== 'var')) return null;
  let fn: NodePath | null = path.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  // Case: `utility = fork(…); return new Promise((resolve) => { utility.on('message', …) })`: the
  // executor runs right away, inside the call that filled the variable (before `new Promise`).
  let before = path.node.start!;
  while (fn && isPromiseExecutor(fn)) {
    before = fn.parentPath!.node.start!;
    fn = fn.parentPath!.parentPath;
    while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  }
  if (!fn) return null;
  return scanRefill(fn, before, binding, name) ?? findCallerRefill(fn, binding, name);
}

/** `fn` is the executor of `new Promise(fn)`, which runs synchronously when the promise is made. */
function isPromiseExecutor(fn: NodePath): boolean {
  const parent = fn.parentPath?.node;
  return parent?.type === 'NewExpression' && parent.arguments[0] === fn.node && parent.callee.type === 'Identifier' && parent.callee.name === 'Promise'
    && findBinding(fn.parentPath!, 'Promise') === null;
}

/** The first statement of `within` (not in a nested function) before `before` that fills `name` with a call, a `new` or a parameter. */
function scanRefill(within: NodePath, before: number, binding: Binding, name: string): { value: Node; statement: NodePath; fn: NodePath } | null {
  let refill: { value: Node; statement: NodePath; fn: NodePath } | null = null;
  forEachDescendant(within, (candidate) => {
    if (refill || candidate.node.start! >= before) return false;
    if (candidate !== within && isFunctionNode(candidate.node)) return false;
    const node = candidate.node;
    if (node.type === 'ExpressionStatement' && node.expression.type === 'AssignmentExpression' && node.expression.operator === '=') {
      const { left, right } = node.expression;
      // Case: `server = await startApp(config)`: what the awaited call made
      const value = unwrapAwait(right);
      // Case: `socket = io(url)`, `server = new Server()`, `io = _io` (the function's parameter: what its caller hands it)
      const fromParameter = value.type === 'Identifier' && findBinding(candidate, value.name)?.kind === 'param';
      if (left.type === 'Identifier' && left.name === name && findBinding(candidate, name) === binding && (value.type === 'CallExpression' || value.type === 'NewExpression' || fromParameter || isFromLocalCallResult(candidate, within, value)) && !isLazyInit(candidate, within, name)) refill = { value, statement: candidate, fn: within };
    }
    return undefined;
  });
  return refill;
}

/**
 * `if (!image) image = new Image();`: a fill only while the variable is unset — made once, the
 * same object on every later call, so listeners added after it pile up on it (Rocket.Chat's
 * favicon image: a `load` listener per favicon change). No refill.
 */
function isLazyInit(statement: NodePath, within: NodePath, name: string): boolean {
  let child: NodePath = statement;
  for (let parent = statement.parentPath; parent && parent !== within; child = parent, parent = parent.parentPath) {
    if (parent.node.type === 'IfStatement' && parent.node.consequent === child.node && testsUnset(unwrapExpression(parent.node.test), name)) return true;
  }
  return false;
}

/** `!x`, `x == null`, `x === undefined`, `x === null`, `typeof x === 'undefined'` (either side). */
function testsUnset(test: Node, name: string): boolean {
  const isName = (node: Node): boolean => {
    const inner = unwrapExpression(node);
    return inner.type === 'Identifier' && inner.name === name;
  };
  if (test.type === 'UnaryExpression' && test.operator === '!') return isName(test.argument);
  if (test.type !== 'BinaryExpression' || (test.operator !== '==' && test.operator !== '===')) return false;
  const left = unwrapExpression(test.left as Node);
  const right = unwrapExpression(test.right);
  const isUnset = (node: Node): boolean => node.type === 'NullLiteral' || (node.type === 'Identifier' && node.name === 'undefined') || (node.type === 'StringLiteral' && node.value === 'undefined');
  const isTypeof = (node: Node): boolean => node.type === 'UnaryExpression' && node.operator === 'typeof' && isName(node.argument);
  return ((isName(left) || isTypeof(left)) && isUnset(right)) || ((isName(right) || isTypeof(right)) && isUnset(left));
}

function unwrapAwait(node: Node): Node {
  let value = unwrapExpression(node);
  while (value.type === 'AwaitExpression') value = unwrapExpression(value.argument);
  return value;
}

/**
 * `browser = result.data` with `const result = await tryCatch(connect())` a `const` of the same
 * function: a part of what a call of this run returned, as `browser = connect()` is.
 */
function isFromLocalCallResult(at: NodePath, within: NodePath, value: Node): boolean {
  let root = value;
  while ((root.type === 'MemberExpression' || root.type === 'OptionalMemberExpression') && !root.computed) root = unwrapExpression(root.object);
  if (root === value || root.type !== 'Identifier') return false;
  const local = findBinding(at, root.name);
  const declaration = local?.declaration;
  if (!local || local.kind !== 'const' || declaration?.start == null || declaration.start < within.node.start! || declaration.end! > within.node.end! || declaration?.type !== 'VariableDeclarator' || declaration.id !== local.identifier || !declaration.init) return false;
  const init = unwrapAwait(declaration.init);
  return init.type === 'CallExpression' || init.type === 'NewExpression';
}

/**
 * Case: a method (`_setupListeners() { room.on(…) }`) of an object literal or a class that the
 * code calls only as `this._setupListeners()`, each time from a method that has just filled the
 * variable (`room = connection.initConference(…); … this._setupListeners();`): the listeners are
 * on what that call made, as if the method's body were written there. The refill of the first call.
 */
function findCallerRefill(fn: NodePath, binding: Binding, name: string): { value: Node; statement: NodePath; fn: NodePath } | null {
  const member = fn.node.type === 'ObjectMethod' || fn.node.type === 'ClassMethod' ? fn : fn.parentPath?.node.type === 'ObjectProperty' || fn.parentPath?.node.type === 'ClassProperty' ? fn.parentPath : null;
  const memberNode = member?.node as { key?: Node; computed?: boolean } | undefined;
  if (!member || !memberNode?.key || memberNode.computed || memberNode.key.type !== 'Identifier') return null;
  const key = memberNode.key.name;
  const container = member.parentPath;
  if (!container || (container.node.type !== 'ObjectExpression' && container.node.type !== 'ClassBody')) return null;
  const calls: NodePath[] = [];
  let escapes = false;
  forEachDescendant(container, (candidate) => {
    const node = candidate.node;
    if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed || node.object.type !== 'ThisExpression' || getPropertyName(node) !== key) return undefined;
    const call = candidate.parentPath;
    if (call && (call.node.type === 'CallExpression' || call.node.type === 'OptionalCallExpression') && call.node.callee === node) calls.push(call);
    else escapes = true;
    return undefined;
  });
  if (escapes || calls.length === 0) return null;
  let first: { value: Node; statement: NodePath; fn: NodePath } | null = null;
  for (const call of calls) {
    let caller: NodePath | null = call.parentPath;
    while (caller && !isFunctionNode(caller.node)) caller = caller.parentPath;
    if (!caller || caller === fn) return null;
    const refill = scanRefill(caller, call.node.start!, binding, name);
    if (!refill) return null;
    first ??= refill;
  }
  return first;
}

const ELEMENT_LOOKUPS = new Set(['querySelector', 'getElementById', 'createElement', 'closest']);

/** The target's root variable was just filled with a DOM element this function looked up or made (`elem.querySelector(…)`). */
export function isElementJustLookedUp(target: NodePath): boolean {
  const refill = findRefill(target);
  if (refill?.type !== 'CallExpression' || (refill.callee.type !== 'MemberExpression' && refill.callee.type !== 'OptionalMemberExpression')) return false;
  return ELEMENT_LOOKUPS.has(getPropertyName(refill.callee) ?? '');
}

/**
 * The target's root variable was just filled, by a statement directly in the function's body
 * (run on every call, not in an `if`) or earlier in a nested block that holds the listener
 * (`isLaterInSameBlock`), with an object the function made with `new` that is not a
 * socket, watcher or worker (those are released through their handle and reported as such):
 * `mainWindow = new BrowserWindow(opts);` … `mainWindow.webContents.on('dom-ready', …)`.
 */
export function isObjectJustMade(target: NodePath): boolean {
  const refill = findRefillStatement(target);
  if (refill?.value.type !== 'NewExpression') return false;
  const body = (refill.fn.node as { body: Node }).body;
  if (refill.statement.parent !== body && !isLaterInSameBlock(refill.statement, target)) return false;
  const assignment = refill.statement.child((refill.statement.node as ExpressionStatement).expression, 'expression');
  return resolveHandleResource(unwrapPath(assignment.child((assignment.node as AssignmentExpression).right, 'right'))) === null;
}

/**
 * Case: `if (isFirstRun) { welcomeWin = new BrowserWindow(…); … if (welcomeWin) welcomeWin.on('closed', …); }`:
 * the refill is a statement of a nested block and the listener sits later in that same block, with
 * no loop between: every run that reaches the listener has just made the object it listens on. A
 * listener outside the block (`if (!win) win = new BrowserWindow(); win.on(…)`) may be added again
 * to the window an earlier call made: not this.
 */
function isLaterInSameBlock(statement: NodePath, target: NodePath): boolean {
  const block = statement.parentPath;
  if (!block || block.node.type !== 'BlockStatement') return false;
  for (let current = unwrapPath(target).parentPath; current; current = current.parentPath) {
    if (current === block || current.node === block.node) return true;
    if (isLoopType(current.node.type) || isFunctionNode(current.node)) return false;
  }
  return false;
}
