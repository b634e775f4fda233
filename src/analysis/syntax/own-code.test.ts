import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { someInOwnCode } from './own-code';

const hasReturn = (code: string) => {
  const block = parseSnippet(code).find((node) => node.type === 'BlockStatement').node;
  return someInOwnCode(block, (node) => node.type === 'ReturnStatement');
};

describe('someInOwnCode', () => {
  it('finds what the block runs itself, however deep', () => {
    expect(hasReturn('function f() { if (a) { for (;;) { return 1; } } }')).toBe(true);
  });

  it('does not look into functions the block only defines', () => {
    expect(hasReturn('function f() { const g = () => { return 1; }; class C { m() { return 2; } } }')).toBe(false);
  });
});
