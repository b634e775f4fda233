/**
 * listener-cleanup, names: what a hoisted handler or a cached target is called — after its
 * event (`handleResize`, `handlePointerMove` for `EVENT.POINTER_MOVE`), after what it holds
 * (`mediaQuery`, `element`), or `handler` / `target` when nothing says more.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import type { ListenerCall } from './listener-call';
import { resolveStaticValue, UNKNOWN } from './same-value';
import { unwrapPath } from '../../src/core/node-helpers';

/** Words that end like a DOM event suffix but are one word (`shutdown` is not `shut down`). */
const WHOLE_WORDS = new Set(['shutdown', 'teardown', 'countdown', 'breakdown', 'markdown', 'lockdown', 'setup', 'backup', 'popup', 'lookup', 'signup', 'startup', 'append', 'extend', 'layout', 'legend', 'suspend']);

/** `visibilitychange` -> `VisibilityChange`, `before-unload` -> `BeforeUnload`, for readable names. */
function toPascalCase(event: string): string {
  if (WHOLE_WORDS.has(event.toLowerCase())) return event[0]!.toUpperCase() + event.slice(1).toLowerCase();
  // Case: `'FOCUS_SEARCH_FIELD'` -> `FocusSearchField` (not `FOCUSSEARCHFIELD`)
  if (/[A-Z]{2}/.test(event) && !/[a-z]/.test(event)) {
    return event.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((word) => word[0]!.toUpperCase() + word.slice(1)).join('') || 'Event';
  }
  const words = event
    // `loaded` before `load`: `loadedmetadata` is `Loaded` + `Metadata`, not `Load` + `Edmeta…`.
    .replace(/^(key|mouse|pointer|touch|drag|focus|visibility|hash|fullscreen|orientation|selection|pop|before|after|page|context|dbl|composition|animation|transition|device|ready|loaded|load|storage|message)(?=[a-z])/, '$1 ')
    // A suffix splits off only after a word of three letters or more: `hover` and `send` stay whole;
    // right after a prefix split off above it is a whole word (`loaded metadata`, not `loaded meta data`).
    .replace(/(?<=[a-z]{3}|\s)(change|state|start|end|down|up|move|enter|leave|over|out|cancel|unload|menu|click|hide|show|press|print|iteration|update|data|metadata|error|through)$/, ' $1')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('') || 'Event';
}

/** Names of variables that hold some event, not a particular one (`emitter.on(event, fn)`). */
const GENERIC_EVENT_NAMES = new Set(['e', 'ev', 'evt', 'event', 'eventName', 'eventType', 'type', 'name', 'key', 'topic', 'channel']);

/** `InternalEvent.REGISTER_ACCESSORY` -> `RegisterAccessory`, `EVENT.POINTER_MOVE` -> `PointerMove`, `userLogin` -> `UserLogin`. */
function getConstantEventName(event: NodePath): string | null {
  const node = unwrapPath(event).node;
  const name = node.type === 'Identifier' ? node.name : node.type === 'MemberExpression' && !node.computed ? getPropertyName(node) : null;
  if (!name || name.startsWith('#') || GENERIC_EVENT_NAMES.has(name) || !/^[A-Za-z][A-Za-z0-9_$]*$/.test(name)) return null;
  const words = /^[A-Z0-9_]+$/.test(name) ? name.toLowerCase().split('_') : [name];
  return words.filter(Boolean).map((word) => word[0]!.toUpperCase() + word.slice(1)).join('') || null;
}

/** The name a hoisted handler gets: `handleResize`, `handlePointerMove`, `boundHandleUpdate`. */
export function getHandlerBaseName(add: ListenerCall): string {
  if (add.family === 'media-query-listener') return 'handleChange';
  if (add.family === 'fs-watch-file') return 'handleFileChange';
  const event = add.event ? resolveStaticValue(add.event) : UNKNOWN;
  const constant = add.event && typeof event !== 'string' ? getConstantEventName(add.event) : null;
  const base = typeof event === 'string' && /[A-Za-z]/.test(event) ? `handle${toPascalCase(event)}` : constant ? `handle${constant}` : 'handler';
  // `this.handleUpdate.bind(this)` for the update event: the bound copy is `boundHandleUpdate`, not `handleUpdate2`.
  const bound = add.handler ? getBoundMethodName(add.handler) : null;
  return bound === base ? `bound${base[0]!.toUpperCase()}${base.slice(1)}` : base;
}

/** `this.onKeyDown.bind(this)` -> `onKeyDown`. */
function getBoundMethodName(handler: NodePath): string | null {
  const node = unwrapPath(handler).node;
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || getPropertyName(node.callee) !== 'bind') return null;
  const method = node.callee.object;
  return method.type === 'MemberExpression' && method.object.type === 'ThisExpression' ? getPropertyName(method) : null;
}

/** The name a cached target gets: `mediaQuery`, `element`, `target`. */
export function getTargetBaseName(target: NodePath): string {
  const node = unwrapPath(target).node;
  const callee = node.type === 'CallExpression' ? unwrapPath(target).child(node.callee as Node, 'callee').node : null;
  const name = callee?.type === 'MemberExpression' ? getPropertyName(callee) : callee?.type === 'Identifier' ? callee.name : node.type === 'MemberExpression' ? getPropertyName(node) : null;
  if (name === 'matchMedia') return 'mediaQuery';
  // Case: `page.querySelector('#btnSave')`, `document.getElementById('save-button')`: the element's own name
  const selected = node.type === 'CallExpression' && name && /^(querySelector|getElementById)$/.test(name) ? getSelectorName(node.arguments[0], name) : null;
  if (selected) return selected;
  if (name && /^(get|query|find|create)[A-Z]/.test(name)) return 'target';
  // `ref.current`, `list.value`: a template or component ref holds an element.
  if (name === 'current' || name === 'value') return 'element';
  // Case: `items.$el`, `this._root`: a leading `$` / `_` marks a framework's own or a private member. On a Vue
  // instance `this.$el` is the component's root element (and `$` / `_` names are Vue's): a field so named would
  // overwrite it. The name without it: `el`, `root`.
  const bare = name?.replace(/^[$_]+/, '');
  return bare && /^[A-Za-z][\w$]*$/.test(bare) ? bare : 'target';
}

/** `'.userForm'` / `'#btn-save'` (one class or id) -> `userForm` / `btnSave`; `null` for other selectors. */
function getSelectorName(argument: Node | undefined, method: string): string | null {
  if (argument?.type !== 'StringLiteral') return null;
  const match = method === 'getElementById' ? /^([A-Za-z][\w-]*)$/.exec(argument.value) : /^[.#]([A-Za-z][\w-]*)$/.exec(argument.value);
  if (!match) return null;
  const name = match[1]!.replace(/[-_]+([A-Za-z0-9])/g, (_, next: string) => next.toUpperCase()).replace(/[-_]/g, '');
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : null;
}
