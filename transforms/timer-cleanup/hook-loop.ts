/**
 * A self-rescheduling loop a React component keeps in its own body and an effect starts:
 *
 *   const scheduleUpdate = useCallback(() => {
 *     clearTimeout(updateTimeout.current);
 *     setToday(startOfDay());
 *     updateTimeout.current = setTimeout(scheduleUpdate, untilMidnight());
 *   }, []);
 *   useEffect(() => {
 *     scheduleUpdate();
 *   }, [scheduleUpdate]);
 *
 * The loop function is no effect (a `useCallback` callback, or a function the component body
 * declares), so its timer has no owner of its own; but the effect starts it, and nothing clears
 * it when the effect is cleaned up: each mount leaves one more loop running after the component
 * is gone. The `clearTimeout` inside the loop only replaces the pending round of the same loop.
 *
 * Matched only when everything is visible: the timer reschedules the function it is written in
 * (by name, or from an inline callback that calls it again as a statement), that function is
 * synchronous and has no way out of its loop (reschedule-exit.ts), its handle is dropped or kept
 * in a member of a binding (`updateTimeout.current`) that no code outside the loop reads, and a
 * React effect calls the function directly and returns no cleanup.
 */
import type { BlockStatement, CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode, type Binding } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { hasRescheduleExit } from '../../src/analysis/resources/reschedule-exit';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import type { LifecycleCallbackOptions } from '../../src/analysis/lifecycle/lifecycle-callback';

export interface HookLoop {
  /** The loop function's name. */
  name: string;
  /** The call in the effect that starts the loop (`scheduleUpdate()`). */
  starter: NodePath<CallExpression>;
  /** The effect's callback. */
  effect: NodePath;
  /** The handle kept in a member (`updateTimeout.current`), or `null` when it is dropped. */
  handleText: string | null;
  /** The effect's body can end only at its end (no `return`, no `throw`): a cleanup can go last. */
  effectEndsAtEnd: boolean;
}

/** `useCallback(fn, deps)` / `React.useCallback(fn, deps)`. */
function isUseCallback(node: Node): boolean {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee as Node);
  if (callee.type === 'Identifier') return callee.name === 'useCallback';
  return callee.type === 'MemberExpression' && getPropertyName(callee) === 'useCallback';
}

/** The name a function is bound to: `function f() {}`, `const f = () => {}`, `const f = useCallback(() => {}, deps)`. */
function resolveLoopBinding(fn: NodePath): Binding | null {
  const node = fn.node;
  if ((node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression' && node.type !== 'FunctionDeclaration') || node.async || node.generator) return null;
  let declarator: NodePath | null = null;
  if (node.type === 'FunctionDeclaration') {
    const binding = node.id ? findBinding(fn, node.id.name) : null;
    return binding?.kind === 'function' && binding.declaration === node ? binding : null;
  }
  const parent = fn.parentPath;
  // Case: `const f = useCallback(() => {…}, deps)`
  if (parent && isUseCallback(parent.node) && fn.key === 'arguments' && fn.index === 0) declarator = parent.parentPath;
  // Case: `const f = () => {…}`
  else declarator = parent;
  const declaration = declarator?.node;
  if (declaration?.type !== 'VariableDeclarator' || declaration.id.type !== 'Identifier') return null;
  const binding = findBinding(declarator!, declaration.id.name);
  return binding?.kind === 'const' && binding.declaration === declaration ? binding : null;
}

/** The timer's callback runs `name` again: `setTimeout(f, ms)`, or `setTimeout(() => { …; f(); }, ms)`. */
function reschedulesBinding(call: NodePath<CallExpression>, binding: Binding): boolean {
  const argument = call.node.arguments[0];
  const callback = argument ? unwrapExpression(argument as Node) : null;
  if (!callback) return false;
  if (callback.type === 'Identifier') return callback.name === binding.name && findBinding(call, binding.name) === binding;
  if ((callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') || callback.async) return false;
  const expressions = callback.body.type === 'BlockStatement' ? callback.body.body.map((statement) => (statement.type === 'ExpressionStatement' ? statement.expression : null)) : [callback.body];
  return expressions.some((expression) => expression?.type === 'CallExpression' && expression.arguments.length === 0 && expression.callee.type === 'Identifier' && expression.callee.name === binding.name && findBinding(call, binding.name) === binding);
}

function isInside(path: NodePath, ancestor: Node): boolean {
  for (let current: NodePath | null = path; current; current = current.parentPath) if (current.node === ancestor) return true;
  return false;
}

/** The statements of a function's own code (not of functions inside it) hold a `return` / `throw`. */
function leavesEarly(body: BlockStatement, fnPath: NodePath): boolean {
  let found = false;
  forEachDescendant(fnPath.child(body, 'body'), (path) => {
    if (found || isFunctionNode(path.node)) return false;
    if (path.node.type === 'ReturnStatement' || path.node.type === 'ThrowStatement') found = true;
    return undefined;
  });
  return found || body.body.length === 0;
}

function returnsValue(fnPath: NodePath, body: BlockStatement): boolean {
  let found = false;
  forEachDescendant(fnPath.child(body, 'body'), (path) => {
    if (found || isFunctionNode(path.node)) return false;
    if (path.node.type === 'ReturnStatement' && path.node.argument) found = true;
    return undefined;
  });
  return found;
}

export function resolveHookLoop(call: NodePath<CallExpression>, handle: AcquisitionHandle, options: LifecycleCallbackOptions): HookLoop | null {
  let fn: NodePath | null = call.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  if (!fn) return null;
  const binding = resolveLoopBinding(fn);
  if (!binding || !reschedulesBinding(call, binding)) return null;
  // Skip: the loop can end itself (`if (done) return;`, a conditional reschedule)
  if (hasRescheduleExit(fn, call)) return null;
  // The component: the function whose body declares the loop function.
  let component: NodePath | null = fn.parentPath;
  while (component && component.node !== binding.scope) component = component.parentPath;
  if (!component || !isFunctionNode(component.node)) return null;
  let handleText: string | null = null;
  if (handle.kind === 'member') {
    const root = handle.member.root;
    if (root === 'this') return null;
    // Skip: code outside the loop reads the handle's binding (it may clear it there)
    if (findBindingReferences(component, root).some((reference) => !isInside(reference, fn!.node))) return null;
    handleText = handle.member.text;
  } else if (handle.kind !== 'discarded') return null;
  for (const reference of findBindingReferences(component, binding)) {
    const parent = reference.parentPath;
    if (parent?.node.type !== 'CallExpression' || reference.key !== 'callee' || parent.parentPath?.node.type !== 'ExpressionStatement') continue;
    if (isInside(reference, fn.node)) continue;
    const owner = resolveOwnerScope(parent, options);
    if (owner.kind !== 'react-effect' || owner.nested.length > 0) continue;
    const effect = owner.scope;
    const body = (effect.node as { body: Node }).body;
    // Skip: the effect returns something (a cleanup may end the loop), or has an expression body
    if (body.type !== 'BlockStatement' || returnsValue(effect, body)) return null;
    return { name: binding.name, starter: parent as NodePath<CallExpression>, effect, handleText, effectEndsAtEnd: !leavesEarly(body, effect) };
  }
  return null;
}
