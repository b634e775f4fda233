import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolvePromiseExecutor } from './promise-executor';

describe('resolvePromiseExecutor', () => {
  it('answers for a global Promise with a function written in place, not an async one', () => {
    const at = (code: string) => resolvePromiseExecutor(parseSnippet(code).find((node) => node.type === 'NewExpression'));
    expect(at('new Promise((resolve) => go(resolve));')).toMatchObject({ resolve: 'resolve', reject: null });
    expect(at('new Promise(async (resolve) => go(resolve));')).toBeNull();
    expect(at('new Promise(executor);')).toBeNull();
    expect(at('class Promise {} new Promise((resolve) => go(resolve));')).toBeNull();
  });
});
