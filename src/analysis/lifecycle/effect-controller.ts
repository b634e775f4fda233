/**
 * The AbortController a React effect owns for the work it starts: `const controller = new
 * AbortController()` made first in the effect, and `controller.abort()` in the cleanup the effect
 * returns (created, or an existing one extended: returned-cleanup.ts). Its fix level is the
 * cleanup rules' (cleanup-fix-certainty.ts): work in a nested callback of the effect (an async
 * IIFE, a `.then`, a handler) is not certain to run once per effect run — the caller makes that a
 * suggestion. Shared by loop-cancellation (a signal passed to a polling call) and
 * unsettled-promise (a wait tied to the effect's signal).
 */
import type { ArrowFunctionExpression, FunctionExpression } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { TextEdit } from '../../core/finding';
import { appendStatementsToBlock, insertStatementsBefore, type EditContext } from '../edits/statement-edits';
import { getUniqueIdentifier } from '../edits/unique-identifier';
import { isCleanupFixCertain } from './cleanup-fix-certainty';
import { resolveOwnerScope } from './owner-scope';
import { buildReturnedCleanupEdits } from './returned-cleanup';

export interface EffectController {
  /** The effect callback. */
  effect: NodePath<ArrowFunctionExpression | FunctionExpression>;
  /** The controller's name (`controller`, `controller2` when taken). */
  name: string;
  /** `controller.signal`. */
  signal: string;
  /** The effect body's start: fixes of one effect share one controller (one set of edits per key). */
  key: number;
  /** The declaration first in the effect and `controller.abort()` in its returned cleanup. */
  edits: TextEdit[];
  /** `anchor` runs directly in the effect body (once per effect run): the abort ends exactly its work. */
  certain: boolean;
}

/** The controller of the React effect `anchor` runs in, or `null` outside an effect (or when no cleanup can be written). */
export function buildEffectController(anchor: NodePath, ctx: EditContext): EffectController | null {
  const owner = resolveOwnerScope(anchor);
  if (owner.kind !== 'react-effect') return null;
  const effect = owner.scope as NodePath<ArrowFunctionExpression | FunctionExpression>;
  const body = effect.node.body;
  if (body.type !== 'BlockStatement' || (effect.node.type !== 'ArrowFunctionExpression' && effect.node.type !== 'FunctionExpression')) return null;
  const name = getUniqueIdentifier({ base: 'controller', scope: effect.child(body, 'body') });
  const cleanup = buildReturnedCleanupEdits(effect, anchor.node.end!, [`${name}.abort()`], ctx);
  if (!cleanup) return null;
  const declaration = `const ${name} = new AbortController()`;
  const first = body.body[0];
  const opening = first ? insertStatementsBefore(first, [declaration], ctx) : appendStatementsToBlock(body, [declaration], ctx);
  const certain = isCleanupFixCertain({ owner, place: { kind: 'returned-cleanup', fn: effect, anchor }, processLifetime: false });
  return { effect, name, signal: `${name}.signal`, key: body.start!, edits: [opening, ...cleanup], certain };
}
