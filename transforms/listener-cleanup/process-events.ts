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
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findBinding, isGlobalReference } from '../../src/analysis/syntax/scope';
import { isValueWrapper, unwrapPath } from '../../src/core/node-helpers';

const PROCESS_EVENTS = new Set(['exit', 'beforeExit', 'uncaughtException', 'uncaughtExceptionMonitor', 'unhandledRejection', 'warning']);
export function isProcessLifetimeEvent(add: ListenerCall): boolean {
  if (add.family !== 'emitter-listener' || !add.target || !add.event) return false;
  const target = unwrapPath(add.target);
  if (target.node.type !== 'Identifier' || target.node.name !== 'process' || !isGlobalReference(target, 'process')) return false;
  const names = getEventNames(unwrapPath(add.event));
  return names !== null && names.length > 0 && names.every((name) => /^SIG[A-Z0-9]+$/.test(name) || PROCESS_EVENTS.has(name));
}

function literalName(node: Node): string | null {
  if (node.type === 'StringLiteral') return node.value;
  return node.type === 'TemplateLiteral' && node.expressions.length === 0 ? (node.quasis[0]!.value.cooked ?? null) : null;
}

/**
 * The names an event argument can be: a literal, or the variable of a `for (const signal of
 * ['SIGINT', 'SIGTERM'])` loop over literals (also with `as NodeJS.Signals[]`); else `null`.
 */
function getEventNames(event: NodePath): string[] | null {
  const node = event.node;
  const name = literalName(node);
  if (name !== null) return [name];
  if (node.type !== 'Identifier') return null;
  const binding = findBinding(event, node.name);
  const loop = binding?.scope;
  if (!binding || loop?.type !== 'ForOfStatement' || loop.left.type !== 'VariableDeclaration' || loop.left.declarations[0]?.id !== binding.identifier) return null;
  let list: Node = loop.right;
  while (isValueWrapper(list)) list = list.expression;
  if (list.type !== 'ArrayExpression') return null;
  const names = list.elements.map((element) => (element ? literalName(element) : null));
  return names.every((value): value is string => value !== null) ? names : null;
}
