/**
 * A one-shot timer whose callback first returns when the flag its class's release method sets
 * says the owner is gone:
 *
 *   componentWillUnmount() { this.unmounted = true; }
 *   …
 *   setTimeout(() => {
 *     if (this.unmounted) return;     // does nothing after unmount
 *     this.highlight();
 *   }, 10);
 *
 * It runs once, does nothing once the owner is gone, and holds the instance only until then:
 * the author has already made it safe, and cancelling it would add nothing. Only an arrow
 * callback (its `this` is the instance), only a flag the release method sets by a statement of
 * its body (`this.unmounted = true` for `if (this.unmounted) return;`, `this.mounted = false` for
 * `if (!this.mounted) return;`), and only as the callback's first statement.
 */
import type { CallExpression, Expression, Node, Statement } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';

export function isGuardedByTeardownFlag(path: NodePath<CallExpression>, owner: OwnerScope): boolean {
  const release = owner.classOwner?.existingRelease?.node;
  if (!release || !owner.classOwner?.thisIsInstance) return false;
  const releaseBody = release.type === 'ClassMethod' ? release.body : release.value && (release.value.type === 'ArrowFunctionExpression' || release.value.type === 'FunctionExpression') ? release.value.body : null;
  if (!releaseBody || releaseBody.type !== 'BlockStatement') return false;
  const callback = path.node.arguments[0];
  if (!callback || callback.type !== 'ArrowFunctionExpression' || callback.body.type !== 'BlockStatement') return false;
  const guard = readGuardFlag(callback.body.body[0]);
  if (!guard) return false;
  return releaseBody.body.some((statement) => isFlagWrite(statement, guard.name, guard.goneValue));
}

/** `if (this.unmounted) return;` → `{ unmounted, true }`; `if (!this.mounted) return;` → `{ mounted, false }`. */
function readGuardFlag(statement: Statement | undefined): { name: string; goneValue: boolean } | null {
  if (!statement || statement.type !== 'IfStatement' || statement.alternate || !isBareReturn(statement.consequent)) return null;
  let test: Node = unwrapExpression(statement.test as Expression);
  let goneValue = true;
  if (test.type === 'UnaryExpression' && test.operator === '!') {
    test = unwrapExpression(test.argument);
    goneValue = false;
  }
  const name = readThisMember(test);
  return name === null ? null : { name, goneValue };
}

function isBareReturn(statement: Statement): boolean {
  if (statement.type === 'ReturnStatement') return !statement.argument;
  return statement.type === 'BlockStatement' && statement.body.length === 1 && isBareReturn(statement.body[0]!);
}

/** `this.unmounted` → `unmounted`, else `null`. */
function readThisMember(node: Node): string | null {
  if (node.type !== 'MemberExpression' || node.computed || node.object.type !== 'ThisExpression') return null;
  return getPropertyName(node);
}

/** `this.<name> = <goneValue>;` */
function isFlagWrite(statement: Statement, name: string, goneValue: boolean): boolean {
  if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression' || statement.expression.operator !== '=') return false;
  const { left, right } = statement.expression;
  return readThisMember(left) === name && right.type === 'BooleanLiteral' && right.value === goneValue;
}
