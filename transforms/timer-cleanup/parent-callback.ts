/**
 * The props callback a one-shot timer only calls, handing it the component's own props:
 * `setTimeout(() => this.props.onExpire(this.props.id), 5000)` in a React class component,
 * `setTimeout(() => onDismiss(toastId), 3000)` or `props.onShown(props.text)` in a function
 * component. Such a callback touches nothing of the component (no state, no ref, no element): after
 * the component unmounts it calls a function its parent owns, which React allows, and tells it
 * which entry it was — the parent's own bookkeeping, as an auto-dismissed toast or a reaction that
 * asks the parent to drop its entry from the store after its animation. Cancelling it at unmount
 * would leave that entry for good when the component goes away first, so the fix is for a person
 * to check: a suggestion, not `auto`. A bare call (`focus()`, `toast('welcome')`, a function passed
 * by name) is work done for the component, cancelled with it as before.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, getPatternIdentifiers } from '../../src/analysis/syntax/scope';

/** The callee's text as written (`this.props.onExpire`, `onDismiss`), or `null` when the callback does anything else. */
export function resolveParentCallback(timer: NodePath<CallExpression>, source: string): string | null {
  const first = timer.node.arguments[0];
  if (!first) return null;
  const callback = unwrapExpression(first as Node);
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return null;
  if (callback.params.length > 0) return null;
  // A `function () {}` has its own `this`: only an arrow function reads the component's `this.props`.
  const ownThis = callback.type === 'FunctionExpression';
  const statements: Node[] = callback.body.type === 'BlockStatement' ? callback.body.body : [callback.body];
  if (statements.length === 0) return null;
  const callees: string[] = [];
  for (const statement of statements) {
    const expression = unwrapExpression(statement.type === 'ExpressionStatement' ? statement.expression : statement);
    if (expression.type !== 'CallExpression' && expression.type !== 'OptionalCallExpression') return null;
    const callee = unwrapExpression(expression.callee as Node);
    if (!isPropsValue(callee, timer, ownThis)) return null;
    // Only a call that hands the component's own data back (`onExpire(this.props.id)`): a bare
    // `focus()` or `toast('welcome')` is work done for the component, which should stop with it.
    if (expression.arguments.length === 0 || !expression.arguments.every((argument) => isPropsValue(unwrapExpression(argument as Node), timer, ownThis))) return null;
    callees.push(source.slice(callee.start!, callee.end!));
  }
  return [...new Set(callees)].join('`, `');
}

/** `this.props.x`, `props.x` (the component's first parameter), or `x` destructured from either. */
function isPropsValue(node: Node, timer: NodePath, ownThis: boolean): boolean {
  if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    if (getPropertyName(node) === null) return false;
    const object = unwrapExpression(node.object);
    // Case: `this.props.onExpire`
    if (object.type === 'MemberExpression' && !ownThis && object.object.type === 'ThisExpression' && getPropertyName(object) === 'props') return true;
    // Case: `props.onDone`, `props` the first parameter of the enclosing function
    return object.type === 'Identifier' && isPropsParameter(object.name, timer);
  }
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(timer, node.name);
  if (!binding) return false;
  // Case: `function Toast({ onDismiss })`
  if (binding.kind === 'param') {
    const param = 'params' in binding.declaration ? binding.declaration.params[0] : undefined;
    return param?.type === 'ObjectPattern' && getPatternIdentifiers(param).includes(binding.identifier);
  }
  // Case: `const { onDismiss } = props` / `= this.props`
  const declaration = binding.declaration;
  if (binding.kind !== 'const' || declaration.type !== 'VariableDeclarator' || declaration.id.type !== 'ObjectPattern' || !declaration.init) return false;
  const init = unwrapExpression(declaration.init);
  if (init.type === 'MemberExpression' && init.object.type === 'ThisExpression' && getPropertyName(init) === 'props') return true;
  return init.type === 'Identifier' && isPropsParameter(init.name, timer);
}

/** `props` is the whole first parameter of the function that declares it (a function component). */
function isPropsParameter(name: string, timer: NodePath): boolean {
  const binding = findBinding(timer, name);
  if (!binding || binding.kind !== 'param' || !('params' in binding.declaration)) return false;
  const first = binding.declaration.params[0];
  return first?.type === 'Identifier' && first === binding.identifier && name === 'props';
}
