/**
 * Whether code runs once, while the module initialises: at module top level, or inside
 * immediately invoked functions there (`const tick = ((supported) => { ...; return f })(x)`,
 * `(function () { ... })()`, `!function () { ... }()`), nested to any depth. A polyfill or
 * feature probe written this way registers its global listener once per process: it lives as
 * long as the module (docs/catalog.md "Lifetime by intent"), like any module-level acquisition.
 *
 * So does a callback that runs at most once (a promise reaction, a `once` listener, a `load` /
 * `DOMContentLoaded` listener, Electron's `app.on('ready', …)`, `Meteor.startup(…)`, jQuery's
 * `$(document).ready(…)`, a global `setTimeout` / `setImmediate` / `queueMicrotask` /
 * `requestAnimationFrame` / `requestIdleCallback` / `process.nextTick` callback) registered there.
 *
 * A loop or another callback between the code and the module breaks it: that may run many times.
 */
import { isValueWrapper } from '../../core/node-helpers';
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { isFunctionNode, isGlobalReference } from '../syntax/scope';
import { resolveModuleReference } from '../syntax/module-reference';
import { getJQueryWrapped } from '../syntax/jquery-wrapper';

const LOOPS: ReadonlySet<string> = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

const ONE_TIME_EVENTS: ReadonlySet<string> = new Set(['load', 'DOMContentLoaded']);
/** Global functions that call their first argument once, later. */
const ONE_SHOT_SCHEDULERS: ReadonlySet<string> = new Set(['setTimeout', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback']);

/**
 * `fn` is a callback that runs at most once for the call that takes it: a promise reaction
 * (`.then(fn)`, `.catch(fn)`, `.finally(fn)`), a `once(…)` listener, or a listener of the page's
 * one-time `load` / `DOMContentLoaded` events or one added with `{ once: true }` — so code in it,
 * registered while the module initialises, runs once too (koel's `window.addEventListener('load',
 * () => sw.register(…).then((reg) => setInterval(() => reg.update(), HOUR)))`).
 */
function isRunOnceCallback(fn: NodePath): boolean {
  let current = fn;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  const call = current.parentPath?.node;
  if (!call || (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') || current.key === 'callee') return false;
  const callee = call.callee;
  // Case: `setTimeout(() => { ws = connect(); setInterval(ping, 1000); }, 0)`: a global one-shot scheduler runs it once
  if (callee.type === 'Identifier') return current.key === 'arguments' && current.index === 0 && ONE_SHOT_SCHEDULERS.has(callee.name) && isGlobalReference(current, callee.name);
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed || callee.property.type !== 'Identifier') return false;
  const method = callee.property.name;
  // Case: `process.nextTick(() => { … })`
  if (method === 'nextTick' && current.key === 'arguments' && current.index === 0 && callee.object.type === 'Identifier' && callee.object.name === 'process' && isGlobalReference(current, 'process')) return true;
  if (method === 'then' || method === 'catch' || method === 'finally' || method === 'once') return true;
  // Case: Electron's `app.on('ready', async () => { … })`: the app is ready once
  if (method === 'on' && isElectronAppReady(current, call)) return true;
  // Case: `Meteor.startup(() => { … })`, jQuery's `$(document).ready(() => { … })`: once per page
  if (method === 'startup' && callee.object.type === 'Identifier' && callee.object.name === 'Meteor') return true;
  if (method === 'ready' && isJQueryDocument(callee.object)) return true;
  if (method !== 'addEventListener') return false;
  const [event, , options] = call.arguments;
  if (event?.type === 'StringLiteral' && ONE_TIME_EVENTS.has(event.value)) return true;
  return (
    options?.type === 'ObjectExpression' &&
    options.properties.some((property) => property.type === 'ObjectProperty' && !property.computed && property.key.type === 'Identifier' && property.key.name === 'once' && property.value.type === 'BooleanLiteral' && property.value.value)
  );
}

/** `$(document)`, `jQuery(document)`. */
function isJQueryDocument(node: Node): boolean {
  const wrapped = getJQueryWrapped(node);
  return wrapped?.type === 'Identifier' && wrapped.name === 'document';
}

/** `app.on('ready', fn)` on the `app` of `electron` (imported or required, any local name). */
function isElectronAppReady(at: NodePath, call: Node): boolean {
  if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return false;
  const [event] = call.arguments;
  const target = call.callee.object;
  if (event?.type !== 'StringLiteral' || event.value !== 'ready' || target.type !== 'Identifier') return false;
  const reference = resolveModuleReference(at, target.name);
  return reference !== null && reference.source === 'electron' && reference.imported === 'app';
}

/** `fn` is the callee of a call made right where it is written: `(fn)(...)`, `fn.call(this, ...)`. */
function isImmediatelyInvoked(fn: NodePath): boolean {
  let current = fn;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  const parent = current.parentPath;
  if (!parent) return false;
  // Case: `(() => { ... })()`, `(function () { ... })()`
  if ((parent.node.type === 'CallExpression' || parent.node.type === 'OptionalCallExpression') && current.key === 'callee') return true;
  // Case: `(function () { ... }).call(this)`
  const member = parent.node;
  if (member.type === 'MemberExpression' && current.key === 'object' && !member.computed && member.property.type === 'Identifier' && ['call', 'apply'].includes(member.property.name)) {
    return parent.parentPath?.node.type === 'CallExpression' && parent.key === 'callee';
  }
  return false;
}

export function isModuleInitCode(path: NodePath): boolean {
  let sawFunction = false;
  for (let current: NodePath | null = path.parentPath; current; current = current.parentPath) {
    const node: Node = current.node;
    if (node.type === 'Program') return sawFunction;
    if (LOOPS.has(node.type)) return false;
    if (isFunctionNode(node)) {
      if (node.type === 'FunctionDeclaration' || node.type === 'ClassMethod' || node.type === 'ObjectMethod' || !(isImmediatelyInvoked(current) || isRunOnceCallback(current))) return false;
      sawFunction = true;
    }
    if (node.type === 'ClassBody') return false;
  }
  return false;
}
