/**
 * A wait for the end of an animation or a transition:
 *
 *   await new Promise((resolve) => el.addEventListener('animationend', resolve, { once: true }));
 *   await new Promise((resolve) => { el.animate(keyframes, 240).onfinish = resolve; });
 *
 * An animation that runs ends by itself: its `'animationend'` / `'transitionend'` / `'finish'`
 * comes when its duration is over. It never comes when the animation does not run or is
 * cancelled first — the element hidden or removed, the class or style changed back, a duration
 * of zero, reduced motion (an `'animationcancel'` / `'transitioncancel'` / `'cancel'` fires
 * instead, if anything) — and whether that happens is in the styles and in the code around, not
 * here: gitea's `animateOnce` and jellyfin's zoom-in were doubtful at `high`, SillyTavern's
 * loader that waits on a transition a theme may turn off is a real one. A report-only finding
 * is `medium`, and its message names no `'error'` (none of these targets fires one).
 * The events: `'animationend'` and `'transitionend'` (also their `webkit` names) on any DOM
 * target, and `'finish'` on an `Animation` the code makes: a call to `.animate(…)`, a `const`
 * holding one, or a call to a function of this file whose every `return` gives one.
 */
import type { Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';

const END_EVENTS = new Set(['animationend', 'transitionend', 'webkitAnimationEnd', 'webkitTransitionEnd', 'webkitanimationend', 'webkittransitionend']);

export function isAnimationEndWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api === 'emitter' || registration.eventName === null) return false;
  if (END_EVENTS.has(registration.eventName)) return true;
  if (registration.eventName !== 'finish') return false;
  const at = findRegistrationPath(executor, registration);
  return isAnimation(registration.target, at);
}

/** `el.animate(…)`. */
function isAnimateCall(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type !== 'CallExpression' && value.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(value.callee as Node);
  return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'animate';
}

/** `el.animate(…)`, a `const` holding one, or a call to a function of this file that returns one. */
function isAnimation(target: Node, at: NodePath): boolean {
  const node = unwrapExpression(target);
  if (isAnimateCall(node)) return true;
  if (node.type === 'Identifier') {
    const binding = findBinding(at, node.name);
    const declaration = binding?.kind === 'const' ? binding.declaration : null;
    return declaration?.type === 'VariableDeclarator' && declaration.id === binding!.identifier && !!declaration.init && isAnimateCall(declaration.init);
  }
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return false;
  const binding = findBinding(at, node.callee.name);
  const declaration = binding?.declaration;
  const fn = declaration?.type === 'FunctionDeclaration' ? declaration : declaration?.type === 'VariableDeclarator' && binding!.kind === 'const' && declaration.init && isFunctionNode(declaration.init) ? declaration.init : null;
  return fn !== null && returnsOnlyAnimations(fn);
}

/** Every `return` of `fn` (not of functions inside it) gives `….animate(…)`, and there is one. */
function returnsOnlyAnimations(fn: Node): boolean {
  const body = (fn as { body: Node }).body;
  if (body.type !== 'BlockStatement') return isAnimateCall(body);
  let returns = 0;
  let others = 0;
  forEachNode(body, (node) => {
    if (isFunctionNode(node)) return false;
    if (node.type === 'ReturnStatement') {
      if (node.argument && isAnimateCall(node.argument)) returns += 1;
      else others += 1;
    }
    return undefined;
  });
  return returns > 0 && others === 0;
}
