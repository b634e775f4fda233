/**
 * An owner callback with an expression body whose expression is the timer itself —
 * `useEffect(() => void setInterval(tick, 1000), [])`, `useEffect(() => setInterval(tick, 1000))`,
 * `onMounted(() => setInterval(poll, 5000))` — is an owner scope like a block body (docs/catalog.md,
 * policies). The fix gives the callback a block body: it keeps the handle there and, for an
 * effect, returns the cleanup (the value such a callback returned was the timer id, which every
 * framework ignores: React and Svelte call only a returned function, Vue and Solid ignore it).
 */
import type { ArrowFunctionExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { formatCleanupFunction } from '../../src/analysis/lifecycle/returned-cleanup';
import { getExpressionBodyRange, indentText, terminate, type EditContext } from '../../src/analysis/edits/statement-edits';

export interface ExpressionBodyOwner {
  arrow: ArrowFunctionExpression;
  /** The timer call as written, without a `void` in front: `setInterval(tick, 1000)`. */
  callText: string;
}

/** The owner's callback is `() => timer` / `() => void timer` for this very timer call. */
export function resolveExpressionBodyOwner(owner: OwnerScope, timer: NodePath, ctx: EditContext): ExpressionBodyOwner | null {
  if (!owner.lifecycle || owner.nested.length > 0) return null;
  const arrow = owner.scope.node;
  if (arrow.type !== 'ArrowFunctionExpression' || arrow.body.type === 'BlockStatement' || arrow.async) return null;
  // Case: `() => void setInterval(...)`
  let expression: Node = arrow.body;
  if (expression.type === 'UnaryExpression' && expression.operator === 'void') expression = expression.argument;
  // Case: `() => setInterval(...)`, `() => (setInterval(...) as unknown as number)`
  if (unwrapExpression(expression) !== timer.node) return null;
  return { arrow, callText: ctx.source.slice(expression.start!, expression.end!) };
}

/** `{ statements }` in place of the arrow's expression body, indented like the callback. */
function replaceBody(arrow: ArrowFunctionExpression, statements: readonly string[], ctx: EditContext): TextEdit {
  const range = getExpressionBodyRange(arrow, ctx);
  const outer = ctx.source.indentAt(arrow.start!);
  const inner = outer + ctx.style.indentUnit;
  const text = `{${statements.map((statement) => `\n${inner}${indentText(terminate(statement, ctx), inner)}`).join('')}\n${outer}}`;
  return { start: range.start, end: range.end, text };
}

/** React / Svelte: `() => { const id = setInterval(...); return () => { release }; }`. */
export function buildReturnedCleanupBody(body: ExpressionBodyOwner, name: string, release: string, ctx: EditContext): TextEdit {
  return replaceBody(body.arrow, [`const ${name} = ${body.callText}`, `return ${formatCleanupFunction([release], ctx)}`], ctx);
}

/** Vue `onMounted`: `() => { id = setInterval(...); }`, the `let` and the teardown hook live in the setup code. */
export function buildAssignmentBody(body: ExpressionBodyOwner, name: string, ctx: EditContext): TextEdit {
  return replaceBody(body.arrow, [`${name} = ${body.callText}`], ctx);
}

/** Solid: `() => { const id = setInterval(...); onCleanup(() => release); }`. */
export function buildCleanupCallBody(body: ExpressionBodyOwner, name: string, cleanupCall: string, ctx: EditContext): TextEdit {
  return replaceBody(body.arrow, [`const ${name} = ${body.callText}`, cleanupCall], ctx);
}
