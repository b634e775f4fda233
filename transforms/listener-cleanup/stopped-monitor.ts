/**
 * A subscription to the Angular CDK's focus or autofill monitor that the class ends with the
 * library's own release: `this.focusMonitor.monitor(el).subscribe(…)` and, anywhere in the class,
 * `this.focusMonitor.stopMonitoring(el)` — the same monitor and the same element. `FocusMonitor`
 * and `AutofillMonitor` (`@angular/cdk/a11y`, `@angular/cdk/text-field`) complete the stream
 * `monitor(el)` returned when `stopMonitoring(el)` is called, so the subscription ends with it
 * (a form-field control's `ngOnDestroy`, ghostfolio's form-field base).
 *
 * The monitor must be injected as one of those types (a constructor parameter, `inject(...)`);
 * the source may be piped only through operators that keep completion. Another element, another
 * monitor, or no `stopMonitoring` at all stays a finding.
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getInjectedType, getTypeName, stripPipes } from '../../src/analysis/lifecycle/angular-http-request';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { unwrapPath } from '../../src/core/node-helpers';
import { isSameValue } from './same-value';

const MONITOR_TYPES = new Set(['FocusMonitor', 'AutofillMonitor']);

function isMember(node: Node): node is Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }> {
  return node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
}

function isCall(node: Node): node is Extract<Node, { type: 'CallExpression' | 'OptionalCallExpression' }> {
  return node.type === 'CallExpression' || node.type === 'OptionalCallExpression';
}

/** `R.<method>(E, …)` -> the paths of `R` and `E`; `null` for anything else. */
function getMonitorCall(path: NodePath, method: string): { monitor: NodePath; element: NodePath } | null {
  const node = unwrapPath(path).node;
  if (!isCall(node) || node.arguments.length === 0) return null;
  const call = unwrapPath(path);
  const callee = unwrapPath(call.child(node.callee, 'callee'));
  if (!isMember(callee.node) || getPropertyName(callee.node) !== method) return null;
  return { monitor: unwrapPath(callee.child(callee.node.object, 'object')), element: call.child(node.arguments[0]!, 'arguments', 0) };
}

/** The monitor is injected as a CDK `FocusMonitor` / `AutofillMonitor`: `this.fm` or the constructor's parameter `fm`. */
function isCdkMonitor(monitor: NodePath, classNode: Class): boolean {
  const node = unwrapExpression(monitor.node);
  if (isMember(node) && node.object.type === 'ThisExpression') {
    const name = getPropertyName(node);
    return name !== null && MONITOR_TYPES.has(getInjectedType(classNode, name) ?? '');
  }
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(monitor, node.name);
  if (binding?.kind !== 'param') return false;
  return MONITOR_TYPES.has(getTypeName(binding.identifier.typeAnnotation as Node | null) ?? getInjectedType(classNode, node.name) ?? '');
}

export function isStoppedMonitor(source: NodePath, classPath: NodePath<Class> | null): boolean {
  if (!classPath || stripPipes(source.node, true) === null) return false;
  // Case: `fm.monitor(el).pipe(map(f))`: walk down to the `monitor(...)` call.
  let current = unwrapPath(source);
  for (;;) {
    const node = current.node;
    if (!isCall(node)) return false;
    const callee = unwrapPath(current.child(node.callee, 'callee'));
    if (!isMember(callee.node) || getPropertyName(callee.node) !== 'pipe') break;
    current = unwrapPath(callee.child(callee.node.object, 'object'));
  }
  const acquire = getMonitorCall(current, 'monitor');
  if (!acquire || !isCdkMonitor(acquire.monitor, classPath.node)) return false;
  let stopped = false;
  forEachDescendant(classPath, (path) => {
    if (stopped) return false;
    const stop = getMonitorCall(path, 'stopMonitoring');
    if (stop && isSameValue(stop.monitor, acquire.monitor) && isSameValue(stop.element, acquire.element)) stopped = true;
    return undefined;
  });
  return stopped;
}
