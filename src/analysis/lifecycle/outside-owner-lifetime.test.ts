import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveOwnerScope } from './owner-scope';
import { isOutsideOwnerLifetime } from './outside-owner-lifetime';

const outside = (code: string) => isOutsideOwnerLifetime(resolveOwnerScope(parseSnippet(code, 'tsx').call('setInterval')));

describe('isOutsideOwnerLifetime', () => {
  it('is true for an acquisition made by the existing release method itself', () => {
    expect(outside('class A extends React.Component { componentWillUnmount() { setInterval(f, 1); } }')).toBe(true);
  });

  it('is false in any other method, and in functions', () => {
    expect(outside('class A extends React.Component { componentDidMount() { setInterval(f, 1); } componentWillUnmount() {} }')).toBe(false);
    expect(outside("import { useEffect } from 'react'; useEffect(() => { setInterval(f, 1); });")).toBe(false);
    expect(outside('function start() { setInterval(f, 1); }')).toBe(false);
  });
});
