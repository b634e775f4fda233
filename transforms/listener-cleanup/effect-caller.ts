/**
 * The one caller of a function whose fix now returns its cleanup, when that caller is a React
 * effect that can hand the cleanup to React: the call is the effect's last statement (in a
 * JavaScript file, also the one statement of a last `if` without `else`), the effect is not
 * `async`, and it returns no value of its own anywhere. The edit writes `return ` before the call:
 *
 *   // Main.tsx (the caller)                      // referrer.ts (the fix)
 *   useEffect(() => {                             export function setupReferrer(root) {
 *     return setupReferrer(ref.current!);           window.addEventListener('resize', onResize);
 *   }, []);                                         return () => { window.removeEventListener(…) };
 *                                                 }
 *
 * Without it the returned cleanup is read by nobody (owncast's `no-link-referrer.ts`, chatwoot,
 * element-web, spreed). Only the project's one use outside tests, with every caller seen
 * (`CallSites.complete`). In TypeScript only the unconditional form: `if (c) return f()` may break
 * `noImplicitReturns`.
 */
import type { Node } from '@babel/types';
import type { ProjectContext, ProjectFile } from '../../src/core/rule';
import type { TextEdit } from '../../src/core/finding';
import type { NodePath } from '../../src/core/traverse';
import { fixer } from '../../src/core/fixer';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { isTestFilePath } from '../../src/analysis/syntax/test-file-path';

const EFFECT_HOOKS = new Set(['useEffect', 'useLayoutEffect']);
const TYPESCRIPT_FILE = /\.[cm]?tsx?$/;

export interface EffectCaller {
  file: string;
  edits: TextEdit[];
  /** `src/Main.tsx:7`, for the message. */
  where: string;
}

export function findEffectCaller(context: ProjectContext<unknown>, file: ProjectFile, fn: NodePath | null): EffectCaller | null {
  if (!fn) return null;
  const sites = context.callSites(file, fn);
  if (!sites.complete) return null;
  const uses = [...sites.calls.map(({ file: at, call }) => ({ at, call: call as NodePath | null })), ...sites.values.map(({ file: at }) => ({ at, call: null }))].filter(({ at }) => !isTestFilePath(at.file));
  if (uses.length !== 1 || !uses[0]!.call) return null;
  const { at, call } = uses[0]! as { at: ProjectFile; call: NodePath };
  const statement = call.parentPath;
  if (statement?.node.type !== 'ExpressionStatement') return null;
  let last: NodePath = statement;
  // Case: `if (ref.current) setupReferrer(ref.current);` / `if (…) { setupReferrer(…); }` (JavaScript only)
  const holder = statement.parentPath;
  const ifStatement = holder?.node.type === 'IfStatement' && statement.key === 'consequent' ? holder : holder?.node.type === 'BlockStatement' && holder.node.body.length === 1 && holder.key === 'consequent' && holder.parentPath?.node.type === 'IfStatement' ? holder.parentPath : null;
  if (ifStatement) {
    if ((ifStatement.node as { alternate?: Node | null }).alternate || TYPESCRIPT_FILE.test(at.file)) return null;
    last = ifStatement;
  }
  const body = last.parentPath;
  if (body?.node.type !== 'BlockStatement' || body.node.body[body.node.body.length - 1] !== last.node) return null;
  const effect = body.parentPath;
  if (!effect || (effect.node.type !== 'ArrowFunctionExpression' && effect.node.type !== 'FunctionExpression') || effect.node.async || effect.node.generator) return null;
  const hook = effect.parentPath;
  if (effect.key !== 'arguments' || effect.index !== 0 || hook?.node.type !== 'CallExpression' || !isEffectHook(hook.node.callee)) return null;
  if (returnsOwnValue(effect)) return null;
  return { file: at.file, edits: [fixer.insertBefore(call.node.start!, 'return ')], where: `${at.file}:${at.source.positionAt(call.node.start!).line}` };
}

/** `useEffect`, `useLayoutEffect`, `React.useEffect`. */
function isEffectHook(callee: Node): boolean {
  if (callee.type === 'Identifier') return EFFECT_HOOKS.has(callee.name);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && EFFECT_HOOKS.has(callee.property.name);
}

/** A `return <value>` of the effect itself (not of a function inside it). */
function returnsOwnValue(effect: NodePath): boolean {
  let found = false;
  forEachDescendant(effect, (path) => {
    if (found || (path !== effect && isFunctionNode(path.node))) return false;
    if (path.node.type === 'ReturnStatement' && path.node.argument) found = true;
    return undefined;
  });
  return found;
}
