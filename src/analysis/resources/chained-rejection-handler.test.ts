import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findChainedRejectionHandler } from './chained-rejection-handler';

function walk(code: string) {
  const snippet = parseSnippet(code);
  const start = snippet.find((node: Node) => node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'start');
  const found = findChainedRejectionHandler(start);
  return { handler: found.handler ? code.slice(found.handler.start!, found.handler.end!) : null, end: found.end ? code.slice(found.end.node.start!, found.end.node.end!) : null };
}

describe('findChainedRejectionHandler', () => {
  it('finds the first .catch(h) or .then(ok, h) through .then(ok) and .finally(f)', () => {
    expect(walk('start().then(a).finally(b).catch(report);').handler).toBe('report');
    expect(walk('start().then(a, fail);').handler).toBe('fail');
    expect(walk('(start() as Promise<void>).then(a)!.catch(report);').handler).toBe('report');
    expect(walk('start()?.then(a)?.catch(report);').handler).toBe('report');
  });

  it('gives the outermost link of a chain that just stops', () => {
    expect(walk('async function f() { await start().then(a); }')).toEqual({ handler: null, end: 'start().then(a)' });
    expect(walk('keep(start());')).toEqual({ handler: null, end: 'start()' });
  });

  it('gives nothing when the chain goes into another method or a .catch() without a handler', () => {
    expect(walk('start().pipe(x).catch(report);')).toEqual({ handler: null, end: null });
    expect(walk('start().catch();')).toEqual({ handler: null, end: null });
  });
});
