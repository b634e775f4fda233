import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { getThisMemberName } from './class-member-name';

/** The member name `getThisMemberName` reads from the expression statement `expression;` in a method. */
function nameOf(expression: string): string | null {
  const snippet = parseSnippet(`class View { #timer = 0; run() { ${expression}; } }`);
  const statement = snippet.find((node) => node.type === 'ExpressionStatement');
  return getThisMemberName((statement.node as unknown as { expression: never }).expression);
}

describe('getThisMemberName', () => {
  it('reads this.name, this.#name, this["name"], this?.name, and through parentheses or a cast', () => {
    expect(nameOf('this.select')).toBe('select');
    expect(nameOf('this.#timer')).toBe('#timer');
    expect(nameOf("this['select']")).toBe('select');
    expect(nameOf('this?.select')).toBe('select');
    expect(nameOf('(this.select as Ref)')).toBe('select');
    expect(nameOf('(this as View).select')).toBe('select');
  });

  it('reads nothing for a computed key, a member of another object, or a deeper member', () => {
    expect(nameOf('this[key]')).toBeNull();
    expect(nameOf('other.select')).toBeNull();
    expect(nameOf('this.refs.select')).toBeNull();
  });
});
