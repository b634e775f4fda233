/**
 * listener-cleanup: the types a hoisted handler's parameters can keep (docs/catalog.md, "Hoisting a
 * handler must not lose its contextual type"). In place, `target.on(event, (code) => ...)`
 * types `code` from the call; moved to a `const` or a field it has only what is written:
 *
 * - a DOM event handler's one parameter gets the lib's map type for a known target
 *   (`WindowEventMap['keydown']`, `MediaQueryListEvent`);
 * - any other untyped parameter has no type unleak can write without a type checker: in
 *   TypeScript the handler is not moved (it would be implicitly `any`, and `: any` is never
 *   written), and the finding says the parameter types must be written first; in JavaScript
 *   an emitter's handler moves untyped, as a suggestion a person checks.
 */
import { getDomEventType } from './dom-event-types';
import { resolveEventTargetType } from './event-target-type';
import { isMediaQueryList, type ListenerCall } from './listener-call';
import { resolveStaticValue } from './same-value';
import type { Context } from './match';
import { unwrapPath } from '../../src/core/node-helpers';

/** The lib type of a hoisted DOM handler's event parameter, when the target's type is known (`WindowEventMap['keydown']`). */
export function getParameterType(add: ListenerCall, context: Context): string | null {
  if (context.language === 'js') return null;
  // A MediaQueryList's only event.
  if (add.family === 'media-query-listener') return 'MediaQueryListEvent';
  if (add.family !== 'event-listener' || !add.event) return null;
  const event = resolveStaticValue(add.event);
  if (typeof event !== 'string') return null;
  const target = add.target && isMediaQueryList(add.target) ? 'MediaQueryList' : resolveEventTargetType(add.target);
  return target ? getDomEventType(target, event, context.style.quote) : null;
}

/** The untyped parameters of an inline handler function (`(code) => ...` has one; `(code: number) => ...` none). */
function countUntypedParameters(add: ListenerCall): number {
  const handler = add.handler ? unwrapPath(add.handler).node : null;
  if (handler?.type !== 'ArrowFunctionExpression' && handler?.type !== 'FunctionExpression') return 0;
  return handler.params.filter((param) => param.type !== 'AssignmentPattern' && !(param as { typeAnnotation?: unknown }).typeAnnotation).length;
}

/** In TypeScript, the inline handler has a parameter whose type only the call gives (moving it would need the type written). */
export function hasUnwritableParameterTypes(add: ListenerCall, context: Context): boolean {
  if (context.language === 'js') return false;
  const untyped = countUntypedParameters(add);
  if (untyped === 0) return false;
  const handler = unwrapPath(add.handler!).node as { params: Array<{ type: string; optional?: boolean; typeAnnotation?: unknown }> };
  const first = handler.params[0]!;
  const onlyFirst = untyped === 1 && first.type === 'Identifier' && !first.typeAnnotation && !first.optional;
  return !(onlyFirst && getParameterType(add, context) !== null);
}

/** In JavaScript, an emitter's (or watcher's) inline handler with parameters: moved untyped, for a person to check. */
export function isUntypedEmitterHandler(add: ListenerCall, context: Context): boolean {
  return context.language === 'js' && add.family !== 'event-listener' && add.family !== 'media-query-listener' && countUntypedParameters(add) > 0;
}

/** Appended to the finding's message when no fix could move the handler for want of its parameter types. */
export const PARAMETER_TYPES_NOTE = 'Its handler takes its parameter types from this call: write them, so the handler can be moved to a name the removal can use.';
