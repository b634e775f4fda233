import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { findForwardedOptions } from './forwarded-request-options';
import { resolveHttpRequestCall } from '../../src/analysis/resources/http-request-call';

/** `function parameter` when the request `callee(…)` forwards its function's options parameter. */
function forwarded(code: string, callee = 'fetch'): string | null {
  const path = parseSnippet(code).call(callee) as NodePath<CallExpression>;
  const found = findForwardedOptions(path, resolveHttpRequestCall(path)!);
  return found ? `${found.functionName} ${found.parameter}` : null;
}

describe('findForwardedOptions', () => {
  it('finds an options parameter passed on as is or spread', () => {
    expect(forwarded('function api(input, init) { return fetch(input, init); }')).toBe('api init');
    expect(forwarded('const request = (url, opts) => fetch(url, { ...opts, headers });')).toBe('request opts');
    expect(forwarded('const client = { send(url, options) { return fetch(url, options); } };')).toBe('send options');
    expect(forwarded("import axios from 'axios';\nexport function call(config) { return axios.request(config); }", 'axios.request')).toBe('call config');
  });

  it('finds the rest of an options parameter that takes one key off it', () => {
    expect(forwarded('const f = async (input, init) => { const { dispatcher, ...safeInit } = (init ?? {}) as RequestInit; return fetch(input, safeInit); };')).toBe('f init');
    expect(forwarded('function api(url, opts) { const { retry, ...rest } = opts; return fetch(url, { ...rest, headers }); }')).toBe('api opts');
  });

  it('ignores a rest of something else: a local object, a member, a fallback with keys, a parameter of an outer function', () => {
    expect(forwarded("function api(url) { const { a, ...rest } = { method: 'POST' }; return fetch(url, rest); }")).toBeNull();
    expect(forwarded('function api(url, opts) { const { a, ...rest } = opts.init; return fetch(url, rest); }')).toBeNull();
    expect(forwarded("function api(url, init) { const { a, ...rest } = init ?? { method: 'POST' }; return fetch(url, rest); }")).toBeNull();
    expect(forwarded('function outer(init) { const { a, ...rest } = init; return () => fetch(url, rest); }')).toBeNull();
    expect(forwarded('function api(url, init) { const { signal } = init; return fetch(url, signal); }')).toBeNull();
  });

  it('ignores a URL-only function, own options, a parameter of an outer function and a spread member', () => {
    expect(forwarded('function get(url) { return fetch(url); }')).toBeNull();
    expect(forwarded("function remove(url) { return fetch(url, { method: 'DELETE' }); }")).toBeNull();
    expect(forwarded('function outer(init) { return () => fetch(url, init); }')).toBeNull();
    expect(forwarded('function api(url, opts) { return fetch(url, { ...opts.init }); }')).toBeNull();
    expect(forwarded('fetch(url, init);')).toBeNull();
  });
});
