/**
 * Which requests a `timeout` in an `axios.create(…)` config would bound, when the fix cannot see
 * them all (docs/rules/fetch-timeout.md, "axios instances"). The instance's `timeout` is a
 * default for every request made through it; the fix is `auto` only when every one of those
 * requests is a call on the instance in this file and none of them sends a body that a fixed
 * deadline could cut, or forwards its own caller's config (a project's API client).
 *
 * The instance reaches further than the file when
 * - it is not kept in a variable of the file: `wrap(axios.create())`, `module.exports =
 *   axios.create()`, `return axios.create()`;
 * - its variable is exported (`export const api = axios.create()`, `export { api }`,
 *   `export default api`), or used other than by calling it or reading a member of it
 *   (passed to a function, returned, stored).
 */
import type { CallExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getValuePath } from '../../src/analysis/resources/acquisition-handle';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { getMemberChain, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveHttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findForwardedOptions, type ForwardedOptions } from './forwarded-request-options';
import { findRequestUpload, type RequestUpload } from './request-upload';

export type AxiosInstanceReach =
  | { kind: 'beyond-file'; evidence: string }
  | { kind: 'upload'; upload: RequestUpload }
  | { kind: 'forwarded'; forwarded: ForwardedOptions };

/** Why a `timeout` in this `axios.create(…)` could bound requests the fix cannot vouch for, else `null`. */
export function findAxiosInstanceReach(createPath: NodePath<CallExpression>): AxiosInstanceReach | null {
  const value = getValuePath(createPath);
  const declarator = value.parent;
  // Case: `wrap(axios.create())`, `module.exports = axios.create()`
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier' || value.key !== 'init') {
    const holder = value.parent?.type === 'CallExpression' ? getMemberChain(value.parent.callee) : null;
    return { kind: 'beyond-file', evidence: holder ? `it is handed to \`${holder}(…)\`` : 'it is not kept in a variable of this file' };
  }
  const name = declarator.id.name;
  // Case: `export const api = axios.create()`
  if (value.parentPath?.parentPath?.parent?.type === 'ExportNamedDeclaration') return { kind: 'beyond-file', evidence: `\`${name}\` is exported` };
  const binding = findBinding(createPath, name);
  if (!binding) return null;
  for (const reference of findBindingReferences(createPath, binding)) {
    const use = getValuePath(reference);
    const parent = use.parent;
    // Case: `export { api }`, `export default api`
    if (parent?.type === 'ExportSpecifier' || parent?.type === 'ExportDefaultDeclaration') return { kind: 'beyond-file', evidence: `\`${name}\` is exported` };
    const isMemberObject = (parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && use.key === 'object';
    const isCallee = (parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression') && use.key === 'callee';
    if (!isMemberObject && !isCallee) return { kind: 'beyond-file', evidence: `\`${name}\` is handed on (line ${reference.node.loc?.start.line ?? '?'})` };
    // Case: `api.get(url, data)`, `api(config)`; `api.defaults.…`, `api.interceptors.…` bound nothing
    const callPath = isCallee ? use.parentPath : use.parentPath?.parentPath;
    if (callPath?.node.type !== 'CallExpression' || unwrapExpression(callPath.node.callee) !== (isCallee ? use.node : parent)) continue;
    const call = callPath as NodePath<CallExpression>;
    const request = resolveHttpRequestCall(call);
    if (request?.client !== 'axios-instance') continue;
    const upload = findRequestUpload(call, request);
    if (upload) return { kind: 'upload', upload };
    const forwarded = findForwardedOptions(call, request);
    if (forwarded) return { kind: 'forwarded', forwarded };
  }
  return null;
}
