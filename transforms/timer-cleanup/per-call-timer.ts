/**
 * A one-shot timer that a class method starts with that call's own data: its callback is one of
 * the method's parameters, or a function that reads a parameter or a local of the method.
 *
 *   add(job, delay) {
 *     const id = nextId();
 *     const push = () => this.jobs.push({ id, job });
 *     setTimeout(push, delay);        // per call: every add() schedules its own push
 *   }
 *
 * Each call schedules its own piece of work, so calls overlap by design (a queue's delayed
 * `add`, a `schedule(task, ms)`): one field would keep only the latest handle and the disposal
 * would cancel that one alone, while the earlier ones still fire after it. A callback that reads
 * only `this` or module state (`setTimeout(() => this.reconnect(), 1000)`) is one action of the
 * instance, not per-call work, and is left to the one-field fix. Used by timer-cleanup only.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { getPatternIdentifiers, findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { mentionsName } from '../../src/analysis/syntax/mentions-name';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';

/** The timer is started directly in a method (not the constructor, not a field) of a class whose any member counts as an acquire place. */
function getStartingMethod(owner: OwnerScope): Node | null {
  const classOwner = owner.classOwner;
  if (!classOwner || owner.nested.length > 0 || classOwner.acquireMembers !== null) return null;
  if (classOwner.memberName === null || classOwner.memberName === 'constructor') return null;
  const member = classOwner.member.node;
  if (member.type !== 'ClassMethod' && member.type !== 'ClassPrivateMethod') return null;
  if (member.kind !== 'method' || member.static || owner.scope.node !== member) return null;
  return member;
}

/** The names a call of the method brings: its parameters and the variables its body declares at its top. */
function getCallNames(method: Node & { params: Node[]; body: Node }): Set<string> {
  const names = new Set<string>();
  for (const param of method.params) for (const identifier of getPatternIdentifiers(param as never)) names.add(identifier.name);
  if (method.body.type === 'BlockStatement') {
    for (const statement of method.body.body) {
      if (statement.type !== 'VariableDeclaration') continue;
      for (const declarator of statement.declarations) for (const identifier of getPatternIdentifiers(declarator.id)) names.add(identifier.name);
    }
  }
  return names;
}

/** Whether `timer` (a one-shot timer call) is started by a class method with that call's own data (see the file comment). */
export function isPerCallMethodTimer(owner: OwnerScope, timer: NodePath): boolean {
  const method = getStartingMethod(owner) as (Node & { params: Node[]; body: Node }) | null;
  if (!method) return false;
  const call = timer.node as CallExpression;
  const first = call.arguments[0];
  if (!first) return false;
  const callback = unwrapExpression(first);
  const names = getCallNames(method);
  let fn: Node | null = null;
  if (callback.type === 'Identifier') {
    if (!names.has(callback.name)) return false;
    const binding = findBinding(timer, callback.name);
    if (!binding || binding.scope !== method) return false;
    // Case: `setTimeout(onTimeout, ms)`: the caller's own function
    if (binding.kind === 'param') return true;
    const declaration = binding.declaration;
    fn = declaration.type === 'VariableDeclarator' ? (declaration.init ? unwrapExpression(declaration.init) : null) : null;
    if (fn && !isFunctionNode(fn)) return false;
    if (fn) names.delete(callback.name);
  } else if (isFunctionNode(callback)) {
    fn = callback;
  }
  if (!fn) return false;
  return [...names].some((name) => mentionsName((fn as { body: Node }).body, name));
}
