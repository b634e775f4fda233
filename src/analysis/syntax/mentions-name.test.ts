import { parseExpression } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { mentionsName } from './mentions-name';

const mentions = (code: string, name: string) => mentionsName(parseExpression(code, { plugins: ['typescript'] }), name);

describe('mentionsName', () => {
  it('finds a name read as a value, also in a shorthand property', () => {
    expect(mentions('projects.length === 0 || !!intervalId', 'intervalId')).toBe(true);
    expect(mentions('done({ resolve })', 'resolve')).toBe(true);
  });

  it('does not count a member name, a property key or a type', () => {
    expect(mentions('state.intervalId', 'intervalId')).toBe(false);
    expect(mentions('({ resolve: 1 })', 'resolve')).toBe(false);
    expect(mentions('(value as resolve)', 'resolve')).toBe(false);
  });
});
