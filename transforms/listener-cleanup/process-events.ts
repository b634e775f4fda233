/**
 * listener-cleanup: `process.on/once(...)` for an event that only the end of the process
 * fires — a signal (`SIGTERM`, `SIGINT`, ...), `exit`, `beforeExit`, `uncaughtException`,
 * `unhandledRejection`, `warning`. Registered outside an owner that ends (no owner, module
 * level, a class with no disposal method), such a handler is meant to live as long as the
 * process (LEAKS.md, "Process lifetime by intent"). Inside an owner that ends (a disposable
 * class, a component, an effect) the owner's handler is still a leak: every instance stays
 * reachable from `process`.
 */
import type { ListenerCall } from '../../src/analysis/listener-call';
import type { OwnerKind } from '../../src/analysis/owner-scope';
import { unwrapPath } from '../../src/analysis/same-value';
import { isGlobalReference } from '../../src/analysis/scope';

const PROCESS_EVENTS = new Set(['exit', 'beforeExit', 'uncaughtException', 'uncaughtExceptionMonitor', 'unhandledRejection', 'warning']);
/** Owners with no end of their own: what they register lives until the process ends. */
const OWNERS_WITHOUT_END: ReadonlySet<OwnerKind> = new Set(['none', 'module', 'plain-class']);

export function isProcessLifetimeEvent(add: ListenerCall, ownerKind: OwnerKind): boolean {
  if (add.family !== 'emitter-listener' || !add.target || !add.event || !OWNERS_WITHOUT_END.has(ownerKind)) return false;
  const target = unwrapPath(add.target);
  if (target.node.type !== 'Identifier' || target.node.name !== 'process' || !isGlobalReference(target, 'process')) return false;
  const event = unwrapPath(add.event).node;
  const name = event.type === 'StringLiteral' ? event.value : event.type === 'TemplateLiteral' && event.expressions.length === 0 ? event.quasis[0]!.value.cooked : null;
  return name !== null && name !== undefined && (/^SIG[A-Z0-9]+$/.test(name) || PROCESS_EVENTS.has(name));
}
