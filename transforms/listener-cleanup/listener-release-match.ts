/**
 * Whether a removal provably undoes a registration (docs/catalog.md: "a release is only counted when
 * it provably matches"): the same family, the same target, the same event type, the same
 * handler and — for DOM listeners — the same `capture` flag.
 *
 * - Target: the same value (`same-value.ts`); `window`, `self`, `globalThis` and the global
 *   `addEventListener(...)` are one object; jQuery wrappers of the same value (`$(window)`,
 *   `G.$(G.window)`) are one object too (jQuery keeps events on the element). A call-derived target (`window.matchMedia(q)`) is
 *   never the same as another call, unless it is the same call of an imported helper.
 * - Handler: the same binding or member chain; an inline function or `.bind(...)` never
 *   matches (each evaluation is a new function). A project's own emitter called with an object
 *   for "event" (`shortcuts.on(this, getOptions())`) is undone by the twin call of its removal
 *   (`shortcuts.off(this, getOptions())`).
 * - Capture: `true`, `{ capture: true }` (also through a `const` options object) against the
 *   removal's flag; an absent, `false` or `{ passive, once }`-only options argument means
 *   `false`. `passive` and `once` do not take part in matching.
 * - Event: the same value; or, for an emitter that takes a list of event names
 *   (`player.on(['play', 'pause'], fn)` … `player.off(['play', 'pause'], fn)`), two array
 *   literals naming the same events, in any order — each literal is a new array, but the
 *   emitter reads only its items. A removal naming fewer events (`off(['play'], fn)`) is no match.
 * - `fs.unwatchFile(path)` without a listener removes every listener of that path; an emitter's
 *   `off(evt)` / `removeAllListeners(evt)` every listener of the event, `off()` /
 *   `removeAllListeners()` every listener.
 * - `removeAllListeners(evt)` / `clearListeners(evt)` (or no event) on the object an
 *   `addEventListener` listens on removes that listener too: no DOM EventTarget has such a method,
 *   so the object is one whose API removes that way — Node's `NodeEventTarget`, or an Electron
 *   preload bridge exposing `{ addEventListener, removeAllListeners }` (electron/fiddle's
 *   components add with the one and remove with the other in `componentWillUnmount`).
 */
import type { NodePath } from '../../src/core/traverse';
import { findObjectProperty, GLOBAL_OBJECT_NAMES } from '../../src/analysis/syntax/expressions';
import { REMOVE_ALL_METHODS, type ListenerCall } from './listener-call';
import { isGlobalReference } from '../../src/analysis/syntax/scope';
import { isSameCall, isSameValue, resolveStaticProperty, resolveStaticValue, UNKNOWN } from './same-value';
import { unwrapPath } from '../../src/core/node-helpers';
import { getJQueryWrapped } from '../../src/analysis/syntax/jquery-wrapper';

export type CaptureFlag =
  /** The flag's value is known: `true`, `{ capture: true }`, absent (`false`). */
  | { kind: 'known'; value: boolean }
  /** Only the expression is known (`opts`, `{ capture: useCapture }`): equal only to the same expression. */
  | { kind: 'expression'; path: NodePath };

/** The `capture` flag an `addEventListener` / `removeEventListener` options argument sets. */
export function resolveCaptureFlag(options: NodePath | null): CaptureFlag {
  if (!options) return { kind: 'known', value: false };
  const path = unwrapPath(options);
  const node = path.node;
  // Case: `{ capture: true, passive: true }`, `{ once: true }` (no capture: false)
  if (node.type === 'ObjectExpression') {
    if (node.properties.some((property) => property.type === 'SpreadElement')) return { kind: 'expression', path };
    const property = findObjectProperty(node, 'capture');
    if (!property) return { kind: 'known', value: false };
    if (property.type !== 'ObjectProperty') return { kind: 'expression', path };
    const valuePath = path.child(property, 'properties', node.properties.indexOf(property)).child(property.value, 'value');
    const value = resolveStaticValue(valuePath);
    return value === UNKNOWN ? { kind: 'expression', path: valuePath } : { kind: 'known', value: Boolean(value) };
  }
  // Case: `true`, `false`
  const value = resolveStaticValue(path);
  if (value !== UNKNOWN) return { kind: 'known', value: value === true };
  // Case: `const options = { capture: true }` ... `options`
  const capture = resolveStaticProperty(path, 'capture');
  if (capture !== UNKNOWN) return { kind: 'known', value: Boolean(capture) };
  return { kind: 'expression', path };
}

export function isSameCapture(a: CaptureFlag, b: CaptureFlag): boolean {
  if (a.kind === 'known' && b.kind === 'known') return a.value === b.value;
  if (a.kind === 'expression' && b.kind === 'expression') return isSameValue(a.path, b.path);
  return false;
}

/** `window`, `self`, `globalThis` (not shadowed), or `null` for the global `addEventListener`: the global object. */
function isGlobalObject(target: NodePath | null): boolean {
  if (!target) return true;
  const path = unwrapPath(target);
  const node = path.node;
  return node.type === 'Identifier' && GLOBAL_OBJECT_NAMES.has(node.name) && node.name !== 'global' && isGlobalReference(path, node.name);
}

/** `$(window)`, `G.$(G.window)`: the path of the value a jQuery wrapper wraps (see jquery-wrapper.ts), else `null`. */
function getJQueryWrappedPath(target: NodePath | null): NodePath | null {
  if (!target) return null;
  const path = unwrapPath(target);
  const wrapped = getJQueryWrapped(path.node);
  return wrapped ? path.child(wrapped, 'arguments', 0) : null;
}

export function isSameListenerTarget(a: NodePath | null, b: NodePath | null): boolean {
  // Case: `$(window).on('resize', fn)` … `$(window).off('resize', fn)`
  const wrappedA = getJQueryWrappedPath(a);
  const wrappedB = wrappedA ? getJQueryWrappedPath(b) : null;
  if (wrappedA && wrappedB) return isSameListenerTarget(wrappedA, wrappedB);
  if (isGlobalObject(a) || isGlobalObject(b)) return isGlobalObject(a) && isGlobalObject(b);
  return isSameValue(a!, b!);
}

/** An event name: a string (or a constant of one), or an expression that may be one; not `this`, an object or a function. */
function isEventName(event: NodePath): boolean {
  const node = unwrapPath(event).node;
  return !['ThisExpression', 'ObjectExpression', 'ArrayExpression', 'FunctionExpression', 'ArrowFunctionExpression', 'NewExpression'].includes(node.type);
}

/** The same event type: the same value, or array literals of the same event names (see the header). */
function isSameEventType(a: NodePath, b: NodePath): boolean {
  if (isSameValue(a, b)) return true;
  const listA = unwrapPath(a);
  const listB = unwrapPath(b);
  const nodeA = listA.node;
  const nodeB = listB.node;
  if (nodeA.type !== 'ArrayExpression' || nodeB.type !== 'ArrayExpression' || nodeA.elements.length !== nodeB.elements.length) return false;
  const items = (list: NodePath, node: typeof nodeA): NodePath[] | null => {
    const paths: NodePath[] = [];
    for (let i = 0; i < node.elements.length; i++) {
      const element = node.elements[i];
      // Case: `[...events]`, `[, 'play']`: not a plain list of names
      if (!element || element.type === 'SpreadElement') return null;
      paths.push(list.child(element, 'elements', i));
    }
    return paths;
  };
  const itemsA = items(listA, nodeA);
  const itemsB = items(listB, nodeB);
  if (!itemsA || !itemsB) return false;
  // Case: `['loadstart', 'change']` and `['change', 'loadstart']`: every name of each list is in the other
  return itemsA.every((item) => itemsB.some((other) => isSameValue(item, other))) && itemsB.every((item) => itemsA.some((other) => isSameValue(item, other)));
}

/** `remove` provably removes the listener `add` registered. */
export function isMatchingListenerRelease(add: ListenerCall, remove: ListenerCall): boolean {
  if (add.role !== 'add' || remove.role !== 'remove' || (add.family !== remove.family && !isRemoveAllOfEventTarget(add, remove))) return false;
  if (add.family === 'fs-watch-file') {
    // Case: `fs.unwatchFile(path)` removes every listener of the path.
    if (!add.event || !remove.event || !isSameValue(add.event, remove.event)) return false;
    return remove.handler === null || (add.handler !== null && isSameValue(add.handler, remove.handler));
  }
  // Case: `win.off('resize.x').on('resize.x', f)`: the removal the add is chained on runs before it, it releases nothing of it
  if (isInChainBefore(add, remove)) return false;
  return isSameListenerTarget(add.target, remove.target) && isSameListenerOnTarget(add, remove);
}

/** Whether `remove` is a call of the chain `add` is called on (`x.off('e').on('e', f)`), so it runs first. */
function isInChainBefore(add: ListenerCall, remove: ListenerCall): boolean {
  const callee = add.call.node.callee;
  const node = remove.call.node;
  return callee.start != null && callee.end != null && node.start != null && node.end != null && node.start >= callee.start && node.end <= callee.end;
}

/**
 * `remove`, made on the object `add` listens on (checked by the caller), removes that listener:
 * the same event (or every event), the same handler (or every handler of the event), the same
 * capture flag.
 */
export function isSameListenerOnTarget(add: ListenerCall, remove: ListenerCall): boolean {
  if (add.role !== 'add' || remove.role !== 'remove') return false;
  // Case: `bridge.addEventListener('open', f)` … `bridge.removeAllListeners('open')`: every listener of the event, or of all events.
  if (isRemoveAllOfEventTarget(add, remove)) return remove.event === null || (add.event !== null && isSameEventType(add.event, remove.event));
  if (add.family !== remove.family) return false;
  // Case: `emitter.off('open')` (mitt, socket.io), `emitter.removeAllListeners()`: every listener of the event, or of all events.
  if (add.family === 'emitter-listener' && remove.handler === null) return remove.event === null || (add.event !== null && isSameEventType(add.event, remove.event));
  if (add.event || remove.event) {
    if (!add.event || !remove.event || !isSameEventType(add.event, remove.event)) return false;
  }
  if (!add.handler || !remove.handler) return false;
  // Case: a project's own `shortcuts.on(this, getOptions())` / `shortcuts.off(this, getOptions())`:
  // an emitter whose "event" is an object, not a name, is no EventEmitter, and its removal
  // written as the registration's twin is meant to undo it.
  if (!isSameValue(add.handler, remove.handler) && !(add.family === 'emitter-listener' && add.event && !isEventName(add.event) && isSameCall(add.handler, remove.handler))) return false;
  if (add.family !== 'event-listener') return true;
  return isSameCapture(resolveCaptureFlag(add.options), resolveCaptureFlag(remove.options));
}

/** `remove` is a `removeAllListeners(evt?)` / `clearListeners(evt?)` (no handler) and `add` an `addEventListener` (see the header). */
function isRemoveAllOfEventTarget(add: ListenerCall, remove: ListenerCall): boolean {
  return add.family === 'event-listener' && remove.family === 'emitter-listener' && remove.handler === null && REMOVE_ALL_METHODS.has(remove.method);
}
