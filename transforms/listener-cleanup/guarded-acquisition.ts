/**
 * listener-cleanup: a registration written under a test of its own target or handler —
 *
 *   if (emblaApi) { emblaApi.on('select', () => { …emblaApi.selectedScrollSnap()… }) }
 *   if (this.properties.onHover !== undefined) this.$el.addEventListener('mouseover', this.properties.onHover);
 *
 * The test narrows what the registration uses (`emblaApi` is not `undefined` there; the handler
 * is a function). A release written elsewhere — an effect's returned cleanup, a `destroy()` —
 * reads them without that test: under `strict` the removal does not type-check (`'emblaApi' is
 * possibly 'undefined'`, a handler `(() => void) | undefined`), and at run time the cleanup of an
 * effect that ran while `emblaApi` was still `undefined` throws. Folo's carousel preview and
 * zulip-desktop's tabs got such fixes. What the test guards:
 *
 * - the handler: the fix is for a person to write (keep the test around the removal);
 * - the target, with the handler moved out of the test's branch (an inline handler hoisted):
 *   the moved handler loses the narrowing too, so the same — and the suggested removal reads
 *   the target with `?.`, so that it does not throw where the target was never set;
 * - the target alone (a named handler): the removal reads the target with `?.`.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findBinding } from '../../src/analysis/syntax/scope';
import { getGuardTests } from '../../src/analysis/syntax/guard-tests';
import { unwrapPath } from '../../src/core/node-helpers';

export interface AcquisitionGuard {
  target: boolean;
  handler: boolean;
}

/** The text a guard would name for `path`: the root binding of a chain (`emblaApi` of `emblaApi.x`), or `this.<field>` of a chain off `this`. */
function getGuardedName(path: NodePath, read: (node: Node) => string): string | null {
  let current = unwrapPath(path).node;
  let below: Node | null = null;
  while (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') {
    below = current;
    current = current.object;
  }
  if (current.type === 'Identifier') {
    if (findBinding(path, current.name)) return current.name;
    // A global (`if (typeof window !== 'undefined')`) is there whenever the code runs again; a
    // feature of one is not: `if ('serviceWorker' in navigator) navigator.serviceWorker.on…`
    // (mastodon's UI), where `navigator.serviceWorker` is missing outside a secure context.
    return below === unwrapPath(path).node && below !== null ? read(below).replace(/\?\./g, '.') : null;
  }
  if (current.type === 'ThisExpression' && below) return read(below).replace(/\?\./g, '.');
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&');
}

/** The test reads `name`, or (for `navigator.serviceWorker`) asks `'serviceWorker' in navigator`. */
function mentions(test: string, name: string): boolean {
  if (new RegExp(`(?<![\\w$.])${escape(name)}(?![\\w$])`).test(test)) return true;
  const dot = name.lastIndexOf('.');
  if (dot === -1) return false;
  const object = name.slice(0, dot);
  const property = name.slice(dot + 1);
  return new RegExp(`(['"\`])${escape(property)}\\1\\s+in\\s+${escape(object)}(?![\\w$.])`).test(test);
}

/** Whether a test around the registration `call` names its target or its (non-inline) handler. */
export function getAcquisitionGuard(call: NodePath, target: NodePath | null, handler: NodePath | null, inlineHandler: boolean, read: (node: Node) => string): AcquisitionGuard {
  const tests = getGuardTests(call).map((test) => read(test).replace(/\?\./g, '.'));
  if (tests.length === 0) return { target: false, handler: false };
  const targetName = target ? getGuardedName(target, read) : null;
  const handlerText = handler && !inlineHandler ? read(unwrapPath(handler).node).replace(/\?\./g, '.') : null;
  return {
    target: targetName !== null && tests.some((test) => mentions(test, targetName)),
    handler: handlerText !== null && tests.some((test) => mentions(test, handlerText)),
  };
}
