/**
 * Whether a `source.subscribe(observer)` is owned by the subscriber it is given — the inside of
 * an RxJS observable or operator, where the subscription is chained to the outer one and ends
 * when the consumer unsubscribes (or the source completes):
 *
 * - `new Observable((subscriber) => { inner.subscribe(subscriber); })`: the observable's own
 *   subscriber receives everything; its teardown ends the inner subscription. The same for the
 *   subscriber an `Observable` subclass's `_subscribe(subscriber)` method is given (a Subject,
 *   `WebSocketSubject`): RxJS calls it once per subscription with the consumer's subscriber.
 * - `operate((source, subscriber) => { source.subscribe(createOperatorSubscriber(subscriber, …)) })`:
 *   an operator subscribes the source to a subscriber made from the destination.
 * - `const inner = createOperatorSubscriber(subscriber, …)` … `notifier.subscribe(inner)`, also
 *   written `notifier.subscribe((inner = createOperatorSubscriber(…)))`;
 * - a `let` that only ever holds one (`let inner = null` … `inner = createOperatorSubscriber(…)`
 *   … `notifier.subscribe(inner)`), and a call of a local function that returns one
 *   (`const make = () => { const s = createOperatorSubscriber(subscriber, …); return s; }` …
 *   `source.subscribe(make())`).
 *
 * An observer that is only a plain object or function (`source.subscribe(value => …)`) owns
 * nothing: not matched.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findDescendantPath, forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getCalleeName } from '../../src/analysis/syntax/expressions';
import { getClassMemberName } from '../../src/analysis/syntax/class-member-name';
import { findBinding, isFunctionNode, type Binding } from '../../src/analysis/syntax/scope';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';

/** Calls and constructors that make a subscriber chained to the destination they are given. */
const SUBSCRIBER_FACTORIES: ReadonlySet<string> = new Set(['createOperatorSubscriber', 'OperatorSubscriber', 'Subscriber', 'SafeSubscriber']);

/**
 * The function whose parameter `param` is receives the subscriber of an observable or operator:
 * the first parameter of `new Observable(fn)`, the second of `operate(fn)`.
 */
function isSubscriberParameter(fn: NodePath, identifier: Node): boolean {
  const params = (fn.node as { params?: Node[] }).params ?? [];
  // Case: `class WebSocketSubject extends AnonymousSubject { _subscribe(subscriber) { ... } }`
  if ((fn.node.type === 'ClassMethod' || fn.node.type === 'ClassPrivateMethod') && fn.node.kind === 'method' && getClassMemberName(fn.node) === '_subscribe') {
    const classNode = fn.parentPath?.parentPath?.node;
    return params[0] === identifier && (classNode?.type === 'ClassDeclaration' || classNode?.type === 'ClassExpression') && classNode.superClass != null;
  }
  const call = fn.parentPath;
  if (!call || fn.key !== 'arguments' || (call.node.type !== 'NewExpression' && call.node.type !== 'CallExpression')) return false;
  const name = getCalleeName(call.node.callee);
  // Case: `new Observable((subscriber) => ...)`
  if (call.node.type === 'NewExpression' && name === 'Observable') return params[0] === identifier;
  // Case: `operate((source, subscriber) => ...)`
  if (call.node.type === 'CallExpression' && name === 'operate') return params[1] === identifier;
  return false;
}

/** `subscriber` (a subscriber parameter), `createOperatorSubscriber(...)`, or a variable holding one. */
export function isOwningSubscriber(observer: NodePath, depth = 0): boolean {
  const path = unwrapPath(observer);
  const node = path.node;
  // Case: `(inner = createOperatorSubscriber(...))`
  if (node.type === 'AssignmentExpression' && node.operator === '=') return isOwningSubscriber(path.child(node.right, 'right'), depth);
  // Case: `createOperatorSubscriber(subscriber, ...)`, `new OperatorSubscriber(...)`
  if (node.type === 'CallExpression' || node.type === 'NewExpression') {
    if (SUBSCRIBER_FACTORIES.has(getCalleeName(node.callee) ?? '')) return true;
    // Case: `createSubscriber(a, b)`, a local function that returns one
    return node.type === 'CallExpression' && node.callee.type === 'Identifier' && depth <= 3 && isSubscriberMaker(path.child(node.callee, 'callee'), depth + 1);
  }
  if (node.type !== 'Identifier' || depth > 3) return false;
  const binding = findBinding(path, node.name);
  if (!binding) return false;
  // Case: `new Observable((subscriber) => ...)` ... `subscribe(subscriber)`
  if (binding.kind === 'param') {
    const fn = findAncestorPath(path, binding.declaration);
    return fn !== null && isFunctionNode(fn.node) && isSubscriberParameter(fn, binding.identifier);
  }
  // Case: `const inner = createOperatorSubscriber(...)` ... `subscribe(inner)`
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return false;
  // Case: `let inner = null` ... `inner = createOperatorSubscriber(...)` ... `subscribe(inner)`
  if (binding.kind === 'let' && (!declaration.init || declaration.init.type === 'NullLiteral')) return isOnlyEverSubscriber(path, binding, depth);
  if (!declaration.init) return false;
  const scope = findAncestorPath(path, binding.scope);
  const declarationPath = scope ? findDescendantPath(scope, declaration) : null;
  return declarationPath !== null && isOwningSubscriber(declarationPath.child(declaration.init, 'init'), depth + 1);
}

/**
 * `null`, `undefined`, `void 0`, or a chained assignment of one (`connection = subject = undefined`,
 * a reset): the variable is emptied, not given another observer.
 */
function isEmptyValue(value: NodePath): boolean {
  const node = unwrapPath(value).node;
  if (node.type === 'NullLiteral') return true;
  if (node.type === 'Identifier') return node.name === 'undefined' && findBinding(value, 'undefined') === null;
  if (node.type === 'UnaryExpression') return node.operator === 'void' && node.argument.type === 'NumericLiteral';
  if (node.type === 'AssignmentExpression' && node.operator === '=') return isEmptyValue(unwrapPath(value).child(node.right, 'right'));
  return false;
}

/** A `let` whose every assignment (at least one) is an owning subscriber, or emptied (`null`, `undefined`). */
function isOnlyEverSubscriber(at: NodePath, binding: Binding, depth: number): boolean {
  let assigned = false;
  for (const reference of findBindingReferences(at, binding)) {
    const parent = reference.parent;
    if (parent?.type !== 'AssignmentExpression' || reference.key !== 'left') continue;
    if (parent.operator !== '=') return false;
    const value = reference.parentPath!.child(parent.right, 'right');
    if (isEmptyValue(value)) continue;
    if (!isOwningSubscriber(value, depth + 1)) return false;
    assigned = true;
  }
  return assigned;
}

/** `make` of `make(...)`: a local `const` arrow/function (or function declaration) whose every `return` gives an owning subscriber. */
function isSubscriberMaker(callee: NodePath, depth: number): boolean {
  const node = callee.node;
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(callee, node.name);
  if (!binding || binding.scope.type === 'Program') return false;
  const scope = findAncestorPath(callee, binding.scope);
  if (!scope) return false;
  const declaration = binding.declaration;
  let fn: NodePath | null = null;
  if (declaration.type === 'FunctionDeclaration') fn = findDescendantPath(scope, declaration);
  else if (declaration.type === 'VariableDeclarator' && binding.kind === 'const' && declaration.init && isFunctionNode(declaration.init)) fn = findDescendantPath(scope, declaration.init);
  if (!fn) return false;
  const body = (fn.node as { body: Node }).body;
  // Case: `const make = () => createOperatorSubscriber(...)`
  if (body.type !== 'BlockStatement') return isOwningSubscriber(fn.child(body, 'body'), depth);
  const returns: NodePath[] = [];
  forEachDescendant(fn.child(body, 'body'), (path) => {
    if (path.node !== body && isFunctionNode(path.node)) return false;
    if (path.node.type === 'ReturnStatement') returns.push(path);
    return undefined;
  });
  return returns.length > 0 && returns.every((ret) => {
    const argument = (ret.node as { argument?: Node | null }).argument;
    return argument != null && isOwningSubscriber(ret.child(argument, 'argument'), depth);
  });
}

/** `x.subscribe(observer)` whose observer is a subscriber that owns the subscription. */
export function isSubscriberOwnedSubscription(subscribeCall: NodePath): boolean {
  const node = subscribeCall.node;
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  const observer = node.arguments[0];
  if (!observer || observer.type === 'SpreadElement' || observer.type === 'ArgumentPlaceholder') return false;
  return isOwningSubscriber(subscribeCall.child(observer as Node, 'arguments', 0));
}
