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
import { isGlobalReference } from '../../src/analysis/syntax/scope';
import { unwrapPath } from '../../src/core/node-helpers';

const PROCESS_EVENTS = new Set(['exit', 'beforeExit', 'uncaughtException', 'uncaughtExceptionMonitor', 'unhandledRejection', 'warning']);
export function isProcessLifetimeEvent(add: ListenerCall): boolean {
  if (add.family !== 'emitter-listener' || !add.target || !add.event) return false;
  const target = unwrapPath(add.target);
  if (target.node.type !== 'Identifier' || target.node.name !== 'process' || !isGlobalReference(target, 'process')) return false;
  const event = unwrapPath(add.event).node;
  const name = event.type === 'StringLiteral' ? event.value : event.type === 'TemplateLiteral' && event.expressions.length === 0 ? event.quasis[0]!.value.cooked : null;
  return name !== null && name !== undefined && (/^SIG[A-Z0-9]+$/.test(name) || PROCESS_EVENTS.has(name));
}
