/**
 * Is an HTTP request (see `http-request-call.ts`) made in a function that forwards its own
 * caller's options to the client — a project's API client, such as
 * `function api(input, init) { return fetch(input, init) }` or
 * `(url, opts) => fetch(url, { ...opts, headers })`? Every request of the app may go through
 * it (uploads, downloads, calls a retry wrapper repeats), so one fixed deadline there applies
 * to all of them.
 *
 * The line drawn: the options argument (fetch `init`, axios/got config, undici options, the
 * configured argument of a wrapper) is a parameter of the nearest enclosing function, or an
 * object literal that spreads one (`{ ...opts }`, `{ ...opts.init }` does not count).
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { HttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';

export interface ForwardedOptions {
  /** The parameter forwarded. */
  parameter: string;
  /** The function's name for messages (`api`), or `null` when it has none. */
  functionName: string | null;
}

export function findForwardedOptions(path: NodePath<CallExpression>, request: HttpRequestCall): ForwardedOptions | null {
  const { options } = request;
  const candidates: Node[] =
    options.kind === 'expression'
      ? [options.node]
      : options.kind === 'object'
        ? options.node.properties.flatMap((property) => (property.type === 'SpreadElement' ? [property.argument] : []))
        : [];
  const owner = findEnclosingFunction(path);
  if (!owner) return null;
  for (const candidate of candidates) {
    const value = unwrapExpression(candidate);
    if (value.type !== 'Identifier') continue;
    const binding = findBinding(path, value.name);
    if (binding?.kind === 'param' && binding.declaration === owner.node) return { parameter: value.name, functionName: getFunctionName(owner) };
  }
  return null;
}

function findEnclosingFunction(path: NodePath): NodePath | null {
  let current = path.parentPath;
  while (current && !isFunctionNode(current.node)) current = current.parentPath;
  return current ?? null;
}

function getFunctionName(path: NodePath): string | null {
  const node = path.node;
  if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') && node.id) return node.id.name;
  const parent = path.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if ((parent?.type === 'ObjectProperty' || parent?.type === 'ClassProperty') && parent.key.type === 'Identifier') return parent.key.name;
  if ((node.type === 'ObjectMethod' || node.type === 'ClassMethod') && node.key.type === 'Identifier') return node.key.name;
  return null;
}
