import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findFunctionAt } from './function-at';

describe('findFunctionAt', () => {
  const text = 'const a = 1;\nexport function outer() {\n  return () => a;\n}\n';
  const program = parseSnippet(text).find((node) => node.type === 'Program');

  it('finds the function that starts at the offset, nested or not', () => {
    expect(findFunctionAt(program, text.indexOf('function outer'))?.node.type).toBe('FunctionDeclaration');
    expect(findFunctionAt(program, text.indexOf('() =>'))?.node.type).toBe('ArrowFunctionExpression');
  });

  it('is null where no function starts', () => {
    expect(findFunctionAt(program, text.indexOf('a = 1'))).toBeNull();
    expect(findFunctionAt(program, text.indexOf('return'))).toBeNull();
  });
});
