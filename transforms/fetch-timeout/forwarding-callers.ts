/**
 * fetch-timeout's project phase for a report-only request in a project's API client
 * (forwarded-request-options.ts): the function forwards its caller's options, so whether the
 * request can hang is its callers' to say. When its callers are all found and none of them can
 * pass a `signal` — no options argument, `undefined`, or an object literal with no `signal` (nor
 * `timeout`, nor a key of that kind), no computed key, whose spreads are of such literals — the
 * request has no deadline on any path: `high`, as for a request that builds its own options.
 *
 *   async function fetchWithAuth(url, jwt, options = {}) {     // called in its file only:
 *     return fetch(url, { ...options, headers: auth(jwt) });  //   fetchWithAuth(url, jwt)
 *   }                                                         //   fetchWithAuth(url, jwt, { method: 'DELETE' })
 *
 * A name or spread of a local variable counts when every value it is given is such a literal
 * and it is only read, copied or given a new literal (`let init = {}; if (auth) init = {
 * headers }; api(url, { ...init, method })`).
 *
 * Stays `medium` (a `signal` may come with the options — check its callers), with the call that
 * says so named: a call passing `signal` (or a key like it, a computed key), a parameter, a
 * member (`oldUrl.init`), a variable it cannot follow, a spread argument; or callers that cannot
 * all be found — a method that is not private (a call through an object is not followed), the
 * function passed on as a value, callers the syntactic walk cannot all see
 * (project-call-sites.ts: `import()` of the module, a namespace passed on, an export no file of
 * the run imports), an export of its package's public API (package.json `exports`, `main`, …,
 * or unknown), one exported with `module.exports` (the engine cannot tell which users its
 * package has), or no call found outside tests. Tests' calls are left out: the test runner's
 * timeout ends a request that hangs there.
 *
 * "All found" is the syntactic walk's: the function's own file, and the files of the run that
 * import it by a relative path or a tsconfig alias, through re-exports; another package of a
 * monorepo reaches it through its package's entry points, which the public-API check covers.
 */
import type { CallExpression, Class, Identifier, Node } from '@babel/types';
import type { ProjectContext, ProjectFile } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { findFunctionAt } from '../../src/analysis/syntax/function-at';
import { isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { getExportNames, isExportedBySpecifier } from '../../src/analysis/syntax/export-names';
import { getClassMemberName } from '../../src/analysis/syntax/class-member-name';
import { quoteCode } from '../../src/analysis/syntax/quote-code';
import { getDefinedName, isCommonJsExportTarget } from '../../src/analysis/syntax/function-name';
import { findMethodCalls, isPrivateMethod } from '../../src/analysis/lifecycle/set-up-once';
import { isMemberRead } from './request-deadline';
import type { FetchTimeoutOptions } from './meta';

/** What the per-file phase keeps of an API client's report-only request (forwarded-request-options.ts). */
export interface CollectedForwarding {
  /** Start offset of the function that forwards its caller's options. */
  fn: number;
  /** The index of the forwarded parameter; `null` when not a plain one (its callers are then not read). */
  index: number | null;
  parameter: string;
  functionName: string | null;
}

/** `signalLess`: every caller is found and none passes a deadline; else why one may. */
export type ForwardingCallers = { signalLess: true; evidence: string } | { signalLess: false; why: string };

/** A key that may carry a deadline: `signal`, `timeout`, `abortSignal`, `requestTimeout`, … */
const DEADLINE_KEY = /signal|timeout|deadline/i;
/** How many variables deep a spread or a name is followed. */
const MAX_DEPTH = 3;

/** The message note of an API client whose callers may pass a `signal` (`why`: the call or reason that says so). */
export function describeForwardedSignal(forwarded: Pick<CollectedForwarding, 'parameter' | 'functionName'>, why?: string): string {
  const where = forwarded.functionName ? `\`${forwarded.functionName}\`` : 'This function';
  return `Medium confidence: ${where} forwards its caller's \`${forwarded.parameter}\` to the request, and a \`signal\` may come with it${why ? ` (${why})` : ''} — check its callers.`;
}

/** The message note of an API client none of whose callers passes a `signal`. */
export function describeSignalLessCallers(forwarded: Pick<CollectedForwarding, 'parameter' | 'functionName'>, evidence: string): string {
  const where = forwarded.functionName ? `\`${forwarded.functionName}\`` : 'This function';
  return `${where} forwards its caller's \`${forwarded.parameter}\` to the request, and no caller passes a \`signal\` in it (${evidence}).`;
}

/** Whether the callers of the API client at `forwarding.fn` in `file` can pass a deadline in its forwarded options. */
export function findForwardingCallers(context: ProjectContext<FetchTimeoutOptions>, file: ProjectFile, forwarding: CollectedForwarding): ForwardingCallers {
  const fn = findFunctionAt(file.program, forwarding.fn);
  const { index } = forwarding;
  if (!fn || index === null) return { signalLess: false, why: 'its callers cannot be read' };
  const found = findCalls(context, file, fn);
  if ('why' in found) return { signalLess: false, why: found.why };
  // Case: `catch { return request(url, init, retries - 1) }`: a retry hands on the options its own caller gave
  const calls = found.calls.filter((site) => !isTestFilePath(site.file.file) && !isSelfForwarding(site, file, fn, forwarding));
  if (calls.length === 0) return { signalLess: false, why: 'no call of it is found outside tests' };
  for (const { file: caller, call } of calls) {
    const carrier = describeCarrier(call, index, caller.source.text);
    if (carrier) return { signalLess: false, why: `\`${caller.file}:${call.node.loc!.start.line}\` passes ${carrier}` };
  }
  const files = new Set(calls.map((site) => site.file.file));
  const where = files.size === 1 ? `\`${[...files][0]}\`` : `${files.size} files`;
  return { signalLess: true, evidence: `${calls.length === 1 ? 'one call' : `${calls.length} calls`}, in ${where}` };
}

type Site = { file: ProjectFile; call: NodePath };

/** A call inside `fn` itself (`fn`'s file) passing its own forwarded parameter at the same index: it brings no options of its own. */
function isSelfForwarding(site: Site, file: ProjectFile, fn: NodePath, forwarding: CollectedForwarding): boolean {
  const call = site.call.node;
  if (site.file.file !== file.file || !isInside(call, fn.node)) return false;
  const argument = forwarding.index === null ? undefined : (call as CallExpression).arguments[forwarding.index];
  if (argument?.type !== 'Identifier' || argument.name !== forwarding.parameter) return false;
  const binding = findBinding(site.call, argument.name);
  return binding?.kind === 'param' && binding.declaration === fn.node;
}

function isInside(node: Node, outer: Node): boolean {
  return node.start! >= outer.start! && node.end! <= outer.end!;
}

/** Every call of `fn` the project shows, or why they cannot all be found. */
function findCalls(context: ProjectContext<FetchTimeoutOptions>, file: ProjectFile, fn: NodePath): { calls: Site[] } | { why: string } {
  const node = fn.node;
  // Case: `private refreshFetch(url, options) { return fetch(url, options) }`: only its class's `this.refreshFetch(…)` calls it
  if (node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') {
    const name = getClassMemberName(node);
    const classPath = fn.parentPath?.parentPath;
    if (!isPrivateMethod(node) || name === null || !classPath || (classPath.node.type !== 'ClassDeclaration' && classPath.node.type !== 'ClassExpression')) return { why: 'it is a method, whose callers are not followed' };
    const calls = findMethodCalls(classPath as NodePath<Class>, name);
    return calls ? { calls: calls.map((call) => ({ file, call })) } : { why: `\`this.${name}\` is used other than called` };
  }
  const sites = context.syntacticCallSites(file, fn);
  if (!sites.complete) return { why: sites.incompleteBecause ?? 'its callers cannot all be found' };
  // Case: `import { api } from '@acme/client/src/api'` in another package of the workspace: not followed
  const deep = context.subpathImportersOf?.(file.file).find((importer) => !isTestFilePath(importer));
  if (deep) return { why: `\`${deep}\` imports its file by a package name, whose calls are not followed` };
  const value = sites.values.find((use) => !isTestFilePath(use.file.file));
  if (value) return { why: `\`${value.file.file}:${value.reference.node.loc!.start.line}\` passes it on as a value` };
  const exported = exportedBeyondProject(context, file, fn);
  if (exported) return { why: exported };
  return { calls: sites.calls };
}

/** Why users outside the project may call `fn`: an export of its package's public API (or unknown), a CommonJS export; else `null`. */
function exportedBeyondProject(context: ProjectContext<FetchTimeoutOptions>, file: ProjectFile, fn: NodePath): string | null {
  const name = getBindingName(fn);
  const names = getExportNames(fn as Parameters<typeof getExportNames>[0]);
  if (names.length === 0 && name !== null && isExportedBySpecifier(file.ast.program, name)) names.push(name);
  for (const exported of names) {
    const isPublic = context.isPublicApi(file, exported);
    if (isPublic !== false) return `it is ${isPublic ? '' : 'maybe '}its package's public API: its users call it too`;
  }
  if (name !== null && isCommonJsExport(file, name)) return 'it is exported with `module.exports`: its package\'s users may call it too';
  return null;
}

function getBindingName(fn: NodePath): string | null {
  const defined = getDefinedName(fn);
  return defined?.kind === 'binding' ? defined.name : null;
}

/** `module.exports = name`, `exports.x = name`, `module.exports = { name }` at the module's top level. */
function isCommonJsExport(file: ProjectFile, name: string): boolean {
  return file.ast.program.body.some((statement) => {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') return false;
    const { left, right } = statement.expression;
    return isCommonJsExportTarget(left) && mentions(right, name);
  });
}

function mentions(node: Node, name: string): boolean {
  if (node.type === 'Identifier') return node.name === name;
  if (node.type === 'ObjectExpression') return node.properties.some((property) => property.type === 'ObjectProperty' && mentions(property.value as Node, name));
  return false;
}

/** What the call's argument at `index` may carry a deadline in (a key, a name, an expression, quoted), or `null` when it cannot. */
function describeCarrier(call: NodePath, index: number, source: string): string | null {
  const args = (call.node as CallExpression).arguments;
  const spread = args.slice(0, index + 1).find((argument) => argument.type === 'SpreadElement');
  if (spread) return `\`${quoteCode(spread, source)}\``;
  const argument = args[index];
  return argument ? describeValue(call, argument, source, 0) : null;
}

/** `value`, read at `at`: `null` when it cannot hold a deadline. */
function describeValue(at: NodePath, value: Node, source: string, depth: number): string | null {
  const node = unwrapExpression(value);
  if (node.type === 'NullLiteral' || (node.type === 'Identifier' && node.name === 'undefined' && !findBinding(at, 'undefined'))) return null;
  if (node.type === 'ObjectExpression') {
    for (const property of node.properties) {
      if (property.type === 'SpreadElement') {
        const inner = describeValue(at, property.argument, source, depth);
        if (inner) return inner;
        continue;
      }
      const key = property.computed ? (property.key.type === 'StringLiteral' ? property.key.value : null) : property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
      if (key === null) return `\`${quoteCode(property.key, source)}\`, a computed key`;
      if (DEADLINE_KEY.test(key)) return `\`${key}\``;
    }
    return null;
  }
  // Case: `let init = {}; if (auth) init = { headers }; api(url, { ...init, method })`
  if (node.type === 'Identifier' && depth < MAX_DEPTH) {
    const values = findVariableValues(at, node);
    if (values && values.every(({ at: where, value: assigned }) => describeValue(where, assigned, source, depth + 1) === null)) return null;
  }
  return `\`${quoteCode(node, source)}\`, which may hold one`;
}

/**
 * The values the local variable `used` names is given, when it is otherwise only read or copied
 * (`used` itself aside); `null` when it is a parameter, written into or handed on.
 */
function findVariableValues(at: NodePath, used: Identifier): { at: NodePath; value: Node }[] | null {
  const binding = findBinding(at, used.name);
  if (!binding || (binding.kind !== 'const' && binding.kind !== 'let' && binding.kind !== 'var')) return null;
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id.type !== 'Identifier') return null;
  const values: { at: NodePath; value: Node }[] = [];
  const references = findBindingReferences(at, binding);
  if (declaration.init) values.push({ at, value: declaration.init });
  for (const reference of references) {
    const parent = reference.parent;
    if (reference.node === used) continue;
    if (parent?.type === 'AssignmentExpression' && parent.left === reference.node) {
      if (parent.operator !== '=') return null;
      values.push({ at: reference, value: parent.right });
      continue;
    }
    // Case: `{ ...init, method }`: a copy, the variable is left as it is
    if (parent?.type === 'SpreadElement' && reference.parentPath?.parent?.type === 'ObjectExpression') continue;
    if (isMemberRead(reference)) continue;
    return null;
  }
  return values;
}
