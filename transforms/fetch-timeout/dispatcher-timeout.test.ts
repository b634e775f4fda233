import { describe, expect, it } from 'vitest';
import type { CallExpression, ObjectExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { findDispatcherTimeout } from './dispatcher-timeout';

/** The dispatcher deadline a fix of `deadlineMs` may cut short, in the options of the snippet's `fetch(url, { … })`. */
function deadline(code: string, deadlineMs: number | null = 10_000): string | null {
  const path = parseSnippet(code).call('fetch') as NodePath<CallExpression>;
  return findDispatcherTimeout(path, path.node.arguments[1] as ObjectExpression, deadlineMs);
}

describe('findDispatcherTimeout', () => {
  it('names the deadline a dispatcher written in place or kept in a const sets', () => {
    expect(deadline('fetch(url, { dispatcher: new Agent({ connect: { timeout: 30_000 } }) });')).toBe('connect.timeout');
    expect(deadline('fetch(url, { dispatcher: new Pool(origin, { headersTimeout: 5_000 }) });')).toBe('headersTimeout');
    expect(deadline('const agent = new Agent({ bodyTimeout: 60_000 }); fetch(url, { dispatcher: agent });')).toBe('bodyTimeout');
  });

  it('a connect timeout shorter than the deadline bounds only the handshake: none; as long or longer, or not a number: it', () => {
    expect(deadline('fetch(url, { dispatcher: new Agent({ connect: { timeout: 2_000 }, keepAliveTimeout: 10_000 }) });')).toBeNull();
    expect(deadline('fetch(url, { dispatcher: new Agent({ connectTimeout: 9_999 }) });')).toBeNull();
    expect(deadline('fetch(url, { dispatcher: new Agent({ connectTimeout: 10_000 }) });')).toBe('connectTimeout');
    expect(deadline('fetch(url, { dispatcher: new Agent({ connect: { timeout: CONNECT_MS } }) });')).toBe('connect.timeout');
    expect(deadline('fetch(url, { dispatcher: new Agent({ connect: { timeout: 2_000 } }) });', null)).toBe('connect.timeout');
    expect(deadline('fetch(url, { dispatcher: new Agent({ connect: { timeout: 2_000 }, headersTimeout: 5_000 }) });')).toBe('headersTimeout');
  });

  it('finds none without a dispatcher, or one that sets no request deadline', () => {
    expect(deadline("fetch(url, { method: 'GET' });")).toBeNull();
    expect(deadline('fetch(url, { dispatcher: new Agent({ keepAliveTimeout: 4_000, pipelining: 1 }) });')).toBeNull();
    expect(deadline('fetch(url, { dispatcher: makeAgent() });')).toBeNull();
    expect(deadline('let agent = new Agent({ headersTimeout: 1 }); fetch(url, { dispatcher: agent });')).toBeNull();
  });
});
