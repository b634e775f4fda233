/**
 * A dropped call whose name says it is a check (`assertEnvelopeMutable(envelope)`,
 * `authorizeOwner(user)`, `this.verifyToken(t)`, `validateInput(body)`): its rejection is the
 * control flow — the check stops the work that follows. Dropped, the work goes on whatever the
 * check finds, and a `.catch` that logs would silence it for good. The fix is `await`, never a
 * fire-and-forget handler.
 *
 * Real-world: a document-signing app called an async `assertEnvelopeMutable(envelope)` without
 * `await` before eight mutations; every check ran after the mutation had started and its
 * rejection went unhandled.
 */
import type { Node } from '@babel/types';
import { getCalleeName, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { resolveCalledFunction, resolveOwnPublicMethod } from './self-handled';
import { isStateUpdateCall } from '../../src/analysis/syntax/state-update';

/**
 * `assert…`, `verify…`, `validate…`, `guard…`, `authorize…`, `throwIf…` as a whole word of a
 * camelCase name. Not `ensure…`: it mostly makes sure something is there (`ensureTranslation`,
 * `ensureDir`) — a loader, whose fire-and-forget fix keeps the meaning.
 */
const GUARD_NAME = /^(?:assert|verify|validate|guard|authori[sz]e|throwIf|throwUnless)(?:[A-Z0-9_$]|$)/;

/** The callee's name when the call is such a check, else `null`. */
export function getGuardCallName(expression: Node): string | null {
  const call = unwrapExpression(expression);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(call.callee as Node);
  const name = getCalleeName(callee);
  return name !== null && GUARD_NAME.test(name) ? name : null;
}

/**
 * The check is written in this file (a function, a `const` arrow, or a method of the class
 * around the call), nothing in it throws or rejects (no `throw`, no `reject(…)` or
 * `Promise.reject(…)`, no call of another check), and it records its answer itself (assigns a
 * member, `setState(…)`, a state setter, a store update, a Svelte 5 `$state` variable, a setter
 * method of its own class — `this.setSelectedTabState({ error })`): a field's `validate()` that sets its feedback and
 * resolves to a boolean (element-web's `Field`), called for that effect. A check it calls whose
 * value it reads (`const error = await validateEmptyFolder(path)`) answers: it stops nothing. Its rejection is no
 * control flow to keep, and the code after it is not work it should stop: an ordinary dropped
 * promise. A check that only resolves to its answer (`verifyToken(t)` → boolean) stays a
 * check: dropping the answer unread is the bug.
 */
export function isAnsweringCheck(path: NodePath, expression: Node): boolean {
  const fn = resolveCalledFunction(path, expression) ?? resolveOwnPublicMethod(path, expression);
  if (!fn) return false;
  let rejects = false;
  let records = false;
  // Calls whose value the check reads (`const error = await this.validateEmptyFolder(path)`): a
  // check that answers with a value, not one that stops the code by rejecting.
  const read = new Set<Node>();
  const readValue = (value: Node | null | undefined): void => {
    if (!value) return;
    const inner = unwrapExpression(value);
    read.add(inner.type === 'AwaitExpression' ? unwrapExpression(inner.argument) : inner);
  };
  const runes = svelteStateNames(path);
  forEachNode(fn, (node) => {
    if (rejects) return false;
    if (node.type === 'VariableDeclarator') readValue(node.init);
    if (node.type === 'AssignmentExpression') readValue(node.right);
    if (node.type === 'ThrowStatement') rejects = true;
    else if (node.type === 'AssignmentExpression' && (node.left.type === 'MemberExpression' || node.left.type === 'OptionalMemberExpression')) records = true;
    // Case: `tokenError = 'Invalid token'` of a Svelte 5 `let tokenError = $state('')`: the component's state
    else if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && runes.has(node.left.name)) records = true;
    else if (node.type === 'CallExpression') {
      const callee = unwrapExpression(node.callee as Node);
      const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
      if (name === 'reject' || (name !== null && GUARD_NAME.test(name) && !read.has(node))) rejects = true;
      else if (isStateUpdateCall(callee) || isOwnSetterCall(callee)) records = true;
    }
    return undefined;
  });
  return !rejects && records;
}

/** `this.setError(…)`, `this.setTabState(…)`: a setter method of the class the check is written in, which records what it is given. */
function isOwnSetterCall(callee: Node): boolean {
  return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && callee.object.type === 'ThisExpression' && !callee.computed && callee.property.type === 'Identifier' && /^set[A-Z]/.test(callee.property.name);
}

/** The names a Svelte 5 component's script declares at its top with `let x = $state(…)` (or `$state.raw(…)`). */
function svelteStateNames(path: NodePath): Set<string> {
  const names = new Set<string>();
  let program: NodePath | null = path;
  while (program && program.node.type !== 'Program') program = program.parentPath;
  if (!program || program.node.type !== 'Program') return names;
  for (const statement of program.node.body) {
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'let') continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init ? unwrapExpression(declarator.init) : null;
      if (declarator.id.type !== 'Identifier' || init?.type !== 'CallExpression') continue;
      const callee = unwrapExpression(init.callee as Node);
      const rune = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'Identifier' ? `${(unwrapExpression(callee.object) as { name: string }).name}.${getPropertyName(callee)}` : null;
      if (rune === '$state' || rune === '$state.raw') names.add(declarator.id.name);
    }
  }
  return names;
}
