/**
 * listener-cleanup: `container.subscribe(source$, handler)` — a project's subscription container
 * (tabby's `SubscriptionContainer`: `this.subs.subscribe(observable$, handler)`, released with
 * `this.subs.cancelAll()`) subscribes for its caller and keeps the subscription itself, to end
 * it with the others. Ownership is handed to a disposer (LEAKS.md): no finding. The call returns
 * what the container decides (`void` there), so keeping it in a field, as for RxJS, would not
 * even type-check (TS2322).
 *
 * What tells it from RxJS's own `source.subscribe(next, error, complete)`: there the first
 * argument is a function or an observer object, never an observable, and an observer given alone
 * (`source.subscribe(subject$)`, a Subject is an observer) has no second argument. So the call
 * takes two arguments or more and its first is provably an observable:
 *
 * - named like one (`this.frontend.title$`, `resize$`);
 * - a chain that makes one (`x.pipe(…)`, `subject.asObservable()`);
 * - a name declared with an RxJS type (`observable: Observable<T>`) or made with one
 *   (`const events = new Subject<string>()`, a field `private events = new Subject()`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { getClassMemberName } from '../../src/analysis/lifecycle/class-owner';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';

const OBSERVABLE_TYPES: ReadonlySet<string> = new Set(['Observable', 'Subject', 'BehaviorSubject', 'ReplaySubject', 'AsyncSubject', 'ConnectableObservable']);
const NOT_AN_OBSERVABLE: ReadonlySet<string> = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'ObjectExpression', 'NullLiteral', 'StringLiteral', 'TemplateLiteral', 'NumericLiteral', 'BooleanLiteral']);

/** `Observable<T>`, `rxjs.Subject<T>`, `Observable<T> | null`. */
function isObservableType(annotation: Node | null | undefined): boolean {
  if (!annotation) return false;
  const type = annotation.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : annotation;
  if (type.type === 'TSUnionType') return type.types.some((member) => isObservableType(member)) && type.types.every((member) => isObservableType(member) || member.type === 'TSNullKeyword' || member.type === 'TSUndefinedKeyword');
  if (type.type !== 'TSTypeReference') return false;
  const name = type.typeName.type === 'Identifier' ? type.typeName.name : type.typeName.type === 'TSQualifiedName' ? type.typeName.right.name : null;
  return name !== null && OBSERVABLE_TYPES.has(name);
}

/** `new Subject<T>()`, `source.pipe(…)`, `subject.asObservable()`. */
function isObservableValue(node: Node | null | undefined): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  if (value.type === 'NewExpression') {
    const callee = unwrapExpression(value.callee);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
    return name !== null && OBSERVABLE_TYPES.has(name);
  }
  if (value.type !== 'CallExpression' && value.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(value.callee);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  const method = getPropertyName(callee);
  return method === 'pipe' || method === 'asObservable';
}

/** The argument is an observable, by its name, the expression that makes it, or its declaration. */
function isObservableExpression(path: NodePath): boolean {
  const node = unwrapExpression(path.node);
  if (isObservableValue(node)) return true;
  // Case: `title$`, `this.frontend.title$`
  const name = node.type === 'Identifier' ? node.name : (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed ? getPropertyName(node) : null;
  if (name?.endsWith('$')) return true;
  // Case: `subscribe <T> (observable: Observable<T>, …)` ... `this.handlers.subscribe(observable, handler)`
  if (node.type === 'Identifier') {
    const binding = findBinding(path, node.name);
    if (!binding) return false;
    if (binding.kind === 'param') return isObservableType((binding.identifier as { typeAnnotation?: Node | null }).typeAnnotation);
    const declaration = binding.declaration;
    if (declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return false;
    return isObservableType((binding.identifier as { typeAnnotation?: Node | null }).typeAnnotation) || (binding.kind === 'const' && isObservableValue(declaration.init));
  }
  // Case: `this.events` with a field `private events = new Subject<string>()` or `events: Observable<string>`
  if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression' && name) {
    const classPath = resolveThisClass(path)?.classPath;
    return (
      classPath?.node.body.body.some(
        (member) => (member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && getClassMemberName(member) === name && (isObservableType(member.typeAnnotation as Node | null) || isObservableValue(member.value)),
      ) ?? false
    );
  }
  return false;
}

/** `call` (a `.subscribe(…)` call) hands an observable to a container that subscribes for it. */
export function isContainerSubscribe(call: NodePath): boolean {
  const node = call.node;
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  const args = node.arguments;
  if (args.length < 2 || args[0]!.type === 'SpreadElement') return false;
  const first = unwrapExpression(args[0]!);
  if (NOT_AN_OBSERVABLE.has(first.type) || (first.type === 'Identifier' && first.name === 'undefined')) return false;
  return isObservableExpression(call.child(args[0]!, 'arguments', 0));
}
