import { describe, expect, it } from 'vitest';
import type { CallExpression, ObjectExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { findDispatcherTimeout } from './dispatcher-timeout';

/** The dispatcher deadline of the options of the snippet's `fetch(url, { … })`. */
function deadline(code: string): string | null {
  const path = parseSnippet(code).call('fetch') as NodePath<CallExpression>;
  return findDispatcherTimeout(path, path.node.arguments[1] as ObjectExpression);
}

describe('findDispatcherTimeout', () => {
  it('names the deadline a dispatcher written in place or kept in a const sets', () => {
    expect(deadline('fetch(url, { dispatcher: new Agent({ connect: { timeout: 30_000 } }) });')).toBe('connect.timeout');
    expect(deadline('fetch(url, { dispatcher: new Pool(origin, { headersTimeout: 5_000 }) });')).toBe('headersTimeout');
    expect(deadline('const agent = new Agent({ bodyTimeout: 60_000 }); fetch(url, { dispatcher: agent });')).toBe('bodyTimeout');
  });

  it('finds none without a dispatcher, or one that sets no request deadline', () => {
    expect(deadline("fetch(url, { method: 'GET' });")).toBeNull();
    expect(deadline('fetch(url, { dispatcher: new Agent({ keepAliveTimeout: 4_000, pipelining: 1 }) });')).toBeNull();
    expect(deadline('fetch(url, { dispatcher: makeAgent() });')).toBeNull();
    expect(deadline('let agent = new Agent({ headersTimeout: 1 }); fetch(url, { dispatcher: agent });')).toBeNull();
  });
});
