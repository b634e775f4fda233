/**
 * fetch-timeout's project phase, the cross-file form of unwaited-request.ts: a report-only
 * request an exported function returns, or awaits while keeping no other state
 * (unwaited-request.ts `findExportedRequestFunction`), is waited for only by the function's
 * callers. When the project's calls of it outside test files — in its own file and in the files
 * that import it by a relative path or a tsconfig alias, through re-exports — all drop its
 * promise (`void check()`, `check().then(…).catch(…)` as a statement whose callbacks keep no
 * state, a call in a callback nobody reads), nothing waits for the answer: `medium`, as for a
 * local function the file alone shows dropped.
 *
 *   // ota/client.ts                                // ota/provider.ts
 *   export const fetchPolicy = async (url) => {     void fetchPolicy(url).catch((error) => {
 *     const response = await fetch(url);              console.warn('[ota] policy', error);
 *     return response.json();                       });
 *   };
 *
 * Stays `high`: no call outside tests found (an exported API may be called from anywhere), one
 * call that awaits, returns or keeps the promise, or whose `.then` keeps state (`setPolicy`), the
 * function passed on as a value (`onClick={check}`, `api = { check }` — a call through an object,
 * `api.check()`, is not followed), a `new` of it, or callers the walk cannot all see
 * (`import()` of the module, a namespace passed on: project-call-sites.ts). Tests' calls are left
 * out: the test runner's timeout ends a request that hangs there.
 */
import { findFunctionAt } from '../../src/analysis/syntax/function-at';
import type { ProjectContext, ProjectFile } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import { describeDroppedCall } from './unwaited-request';
import type { FetchTimeoutOptions } from './meta';

/** How the callers drop the promise of the exported function at `start` of `file`, for the message; `null` when someone may wait. */
export function findDroppingCallers(context: ProjectContext<FetchTimeoutOptions>, file: ProjectFile, start: number): string | null {
  const fn = findFunctionAt(file.program, start);
  if (!fn) return null;
  const sites = context.syntacticCallSites(file, fn);
  if (!sites.complete || sites.values.some((value) => !isTestFilePath(value.file.file))) return null;
  const calls = sites.calls.filter((site) => !isTestFilePath(site.file.file));
  if (calls.length === 0) return null;
  for (const { call } of calls) if (call.node.type !== 'CallExpression' || !describeDroppedCall(call)) return null;
  const files = new Set(calls.map((site) => site.file.file));
  const name = getFunctionName(fn);
  const where = files.size === 1 ? `\`${[...files][0]}\`` : `${files.size} files`;
  const count = calls.length === 1 ? 'one call' : `${calls.length} calls`;
  return `every call of ${name ? `\`${name}()\`` : 'the function that makes it'} outside tests drops its promise — ${count}, in ${where}`;
}

function getFunctionName(fn: NodePath): string | null {
  const node = fn.node as { id?: { name: string } | null };
  if (node.id) return node.id.name;
  const parent = fn.parent;
  return parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : null;
}
