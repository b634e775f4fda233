import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isRejectionHandled } from './rejection-handled';

const handled = (code: string) => {
  const s = parseSnippet(code);
  return isRejectionHandled(s.find((node) => node.type === 'NewExpression'));
};

describe('isRejectionHandled', () => {
  it('is true for a chain that ends in a handler', () => {
    expect(handled('new Promise((r) => r(1)).then(() => a).catch(() => b);')).toBe(true);
    expect(handled('new Promise((r) => r(1)).then(() => a, () => b);')).toBe(true);
    expect(handled('(new Promise((r) => r(1)) as Promise<number>).finally(() => a).catch(() => b);')).toBe(true);
  });

  it('is false without a handler, or when the promise is only an argument', () => {
    expect(handled('new Promise((r) => r(1)).then(() => a);')).toBe(false);
    expect(handled('async function f() { await new Promise((r) => r(1)); }')).toBe(false);
    expect(handled('keep(new Promise((r) => r(1))).catch(() => b);')).toBe(false);
    expect(handled('new Promise((r) => r(1)).catch();')).toBe(false);
  });
});
