/**
 * listener-cleanup: `process.on/once(...)` for an event that only the end of the process
 * fires — a signal (`SIGTERM`, `SIGINT`, ...), `exit`, `beforeExit`, `uncaughtException`,
 * `unhandledRejection`, `warning`. Such a handler is meant to live as long as the process,
 * wherever it is installed: docs/catalog.md's binding policy sentence "Process lifetime by intent, not
 * findings: `process.on/once` for signals, `exit`, `beforeExit`, `uncaughtException`,
 * `unhandledRejection`, `warning`" names the call and the events, not a place — so inside an
 * owner that ends (a disposable class, a component, an effect) it is not a finding either;
 * `reportProcessLifetime` reports it (with the owner's release as a suggestion).
 */
import type { ListenerCall } from './listener-call';
import type { CallExpression, MemberExpression, Node } from '@babel/types';
import { isIterationCallback } from '../../src/analysis/lifecycle/repeated-acquisition';
import type { NodePath } from '../../src/core/traverse';
import { findBinding, isGlobalReference } from '../../src/analysis/syntax/scope';
import { isValueWrapper, unwrapPath } from '../../src/core/node-helpers';
import { isProcessEndCall } from '../../src/analysis/resources/process-end-call';

const PROCESS_EVENTS = new Set(['exit', 'beforeExit', 'uncaughtException', 'uncaughtExceptionMonitor', 'unhandledRejection', 'warning']);
export function isProcessLifetimeEvent(add: ListenerCall): boolean {
  const listened = readListenedEvents(add);
  return listened !== null && listened.onProcess && listened.names.every((name) => SIGNAL_NAME.test(name) || PROCESS_EVENTS.has(name));
}

/**
 * `process.on('disconnect', () => { console.error('parent gone'); process.exit(1); })`: a listener
 * on the global `process` whose handler ends the process on every path — its body is the exit
 * call, or a statement of its own body calls `process.exit()` / `process.abort()` /
 * `process.kill(process.pid)` and every statement before it is a plain expression statement (no
 * `if`, `return`, `throw`, `switch`, loop or `try` that could leave first: `if (msg !== 'stop')
 * return; process.exit(0)` ends the process only for one message). It is the process's answer to
 * that event: it runs at most once and nothing outlives it, and removing it would change what the
 * process does then (a plugin host's child exits when its parent's IPC channel closes). Added
 * inside a function, whose callers may run it again and again, it is still reported, `low`
 * (match.ts `endsProcess`).
 */
export function isProcessEndingListener(add: ListenerCall): boolean {
  if (add.family !== 'emitter-listener' || !add.target || !add.handler) return false;
  const target = unwrapPath(add.target);
  if (target.node.type !== 'Identifier' || target.node.name !== 'process' || !isGlobalReference(target, 'process')) return false;
  const handler = unwrapPath(add.handler);
  const fn = handler.node;
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return false;
  if (fn.body.type !== 'BlockStatement') return isProcessEndCall(fn.body, handler);
  for (const statement of fn.body.body) {
    if (statement.type !== 'ExpressionStatement') return false;
    if (isProcessEndCall(statement.expression, handler)) return true;
  }
  return false;
}

/**
 * `signals.on('SIGTERM', () => clearInterval(timer))`: an event named for a process signal on an
 * emitter that is not `process` — most likely an app's own emitter relaying the process's
 * signals (`process.on('SIGTERM', () => signals.emit('SIGTERM'))`, often in another file) so
 * services can hook shutdown. Whether it piles up depends on how often the code that adds it
 * runs (a `singleton()` factory's once, or once per connection): a name is no proof, so such a
 * listener is reported `low` (confidence.ts), never skipped. Only the signal names: `exit`,
 * `warning`, … are ordinary events of other emitters (a child's `exit`).
 */
export function isRelayedSignalEvent(add: ListenerCall): boolean {
  const listened = readListenedEvents(add);
  return listened !== null && !listened.onProcess && listened.names.every((name) => SIGNAL_NAME.test(name));
}

/** An emitter listener's event names (at least one, all known) and whether its target is the global `process`; `null` otherwise. */
function readListenedEvents(add: ListenerCall): { onProcess: boolean; names: string[] } | null {
  if (add.family !== 'emitter-listener' || !add.target || !add.event) return null;
  const target = unwrapPath(add.target);
  const names = getEventNames(unwrapPath(add.event));
  if (names === null || names.length === 0) return null;
  return { onProcess: target.node.type === 'Identifier' && target.node.name === 'process' && isGlobalReference(target, 'process'), names };
}

const SIGNAL_NAME = /^SIG[A-Z0-9]+$/;

function literalName(node: Node): string | null {
  if (node.type === 'StringLiteral') return node.value;
  return node.type === 'TemplateLiteral' && node.expressions.length === 0 ? (node.quasis[0]!.value.cooked ?? null) : null;
}

/**
 * The names an event argument can be: a literal, or the variable of a `for (const signal of
 * ['SIGINT', 'SIGTERM'])` loop over literals (also with `as NodeJS.Signals[]`), or the first
 * parameter of the callback of `['exit', 'SIGINT'].forEach((eventType) => …)` (or `.map`); else `null`.
 */
function getEventNames(event: NodePath): string[] | null {
  const node = event.node;
  const name = literalName(node);
  if (name !== null) return [name];
  if (node.type !== 'Identifier') return null;
  const binding = findBinding(event, node.name);
  const scope = binding?.scope;
  if (!binding || !scope) return null;
  let list: Node | null = null;
  if (scope.type === 'ForOfStatement' && scope.left.type === 'VariableDeclaration' && scope.left.declarations[0]?.id === binding.identifier) list = scope.right;
  // Case: `[`exit`, `SIGINT`, `SIGTERM`].forEach(eventType => { process.on(eventType, close) })` (trilium's sql.js)
  if ((scope.type === 'ArrowFunctionExpression' || scope.type === 'FunctionExpression') && scope.params[0] === binding.identifier) list = getForEachList(event, scope);
  while (list && isValueWrapper(list)) list = list.expression;
  if (list?.type !== 'ArrayExpression') return null;
  const names = list.elements.map((element) => (element ? literalName(element) : null));
  return names.every((value): value is string => value !== null) ? names : null;
}

/** The array `[…].forEach(callback)` calls `callback` on (an iteration callback: repeated-acquisition.ts). */
function getForEachList(at: NodePath, callback: Node): Node | null {
  let fn: NodePath | null = at;
  while (fn && fn.node !== callback) fn = fn.parentPath;
  if (!fn || !isIterationCallback(fn)) return null;
  return ((fn.parent as CallExpression).callee as MemberExpression).object;
}
