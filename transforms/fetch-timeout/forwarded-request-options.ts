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
 * object literal that spreads one (`{ ...opts }`, `{ ...opts.init }` does not count); or the
 * rest of such a parameter, a `const` of the function that takes one key off it:
 * `const { dispatcher, ...safeInit } = (init ?? {}) as RequestInit & { dispatcher?: unknown };
 * return fetch(input, safeInit)` (a `typeof fetch` implementation handed to a library that
 * drops one undici extension: still its callers' options, signal included).
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { HttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findBinding, isFunctionNode, type Binding } from '../../src/analysis/syntax/scope';

export interface ForwardedOptions {
  /** The parameter forwarded. */
  parameter: string;
  /** The function's name for messages (`api`), or `null` when it has none. */
  functionName: string | null;
  /** The function that forwards them. */
  owner: NodePath;
  /** Where its callers pass the parameter (its index in the parameter list), or `null` when not a plain one. */
  index: number | null;
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
    if (binding?.kind === 'param' && binding.declaration === owner.node) return describe(owner, value.name);
    // Case: `const { dispatcher, ...safeInit } = init ?? {}; fetch(input, safeInit)`
    const parameter = binding ? getRestOfParameter(path, binding, owner) : null;
    if (parameter) return describe(owner, parameter);
  }
  return null;
}

function describe(owner: NodePath, parameter: string): ForwardedOptions {
  return { parameter, functionName: getFunctionName(owner), owner, index: getParameterIndex(owner.node, parameter) };
}

/** The index of the plain parameter `name` (`init`, `init = {}`, `init?: RequestInit`); `null` for a rest or destructured one. */
function getParameterIndex(fn: Node, name: string): number | null {
  const params = (fn as { params: Node[] }).params;
  // Case: `function request(this: void, url, init)`: TypeScript's `this` parameter is no argument of its calls
  const first = params[0];
  const args = first?.type === 'Identifier' && first.name === 'this' ? params.slice(1) : params;
  const index = args.findIndex((param) => {
    const inner = param.type === 'AssignmentPattern' ? param.left : param;
    return inner.type === 'Identifier' && inner.name === name;
  });
  return index === -1 ? null : index;
}

/**
 * The parameter of `owner` whose rest `binding` is: `const { a, ...rest } = param`, also through
 * `param ?? {}` / `param || {}` and type assertions; else `null`.
 */
function getRestOfParameter(path: NodePath, binding: Binding, owner: NodePath): string | null {
  const declaration = binding.declaration;
  if (binding.kind !== 'const' || declaration.type !== 'VariableDeclarator' || declaration.id.type !== 'ObjectPattern' || !declaration.init) return null;
  const rest = declaration.id.properties.at(-1);
  if (rest?.type !== 'RestElement' || rest.argument !== binding.identifier) return null;
  let source = unwrapExpression(declaration.init);
  // Case: `(init ?? {})`: an absent init forwards nothing
  if (source.type === 'LogicalExpression' && (source.operator === '??' || source.operator === '||')) {
    const fallback = unwrapExpression(source.right);
    if (fallback.type !== 'ObjectExpression' || fallback.properties.length > 0) return null;
    source = unwrapExpression(source.left);
  }
  if (source.type !== 'Identifier') return null;
  const parameter = findBinding(path, source.name);
  return parameter?.kind === 'param' && parameter.declaration === owner.node ? source.name : null;
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
