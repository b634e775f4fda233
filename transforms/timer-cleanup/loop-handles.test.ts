import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isStartedByRepeatedCallback } from './loop-handles';

const ownerOf = (code: string) => resolveOwnerScope(parseSnippet(code, 'tsx').call('setInterval'));
const EFFECT = "import { useEffect } from 'react';\n";

describe('isStartedByRepeatedCallback', () => {
  it('finds callbacks in the owner and class members other than the acquire ones', () => {
    expect(isStartedByRepeatedCallback(ownerOf(`${EFFECT}useEffect(() => { el.onclick = () => { setInterval(f, 1); }; }, []);`))).toBe(true);
    expect(isStartedByRepeatedCallback(ownerOf('class A extends React.Component { onFocus = () => { setInterval(f, 1); }; }'))).toBe(true);
  });

  it('is not the owner body, an acquire member or the constructor', () => {
    expect(isStartedByRepeatedCallback(ownerOf(`${EFFECT}useEffect(() => { setInterval(f, 1); }, []);`))).toBe(false);
    expect(isStartedByRepeatedCallback(ownerOf('class A extends React.Component { componentDidMount() { setInterval(f, 1); } }'))).toBe(false);
    expect(isStartedByRepeatedCallback(ownerOf('class B extends HTMLElement { constructor() { super(); setInterval(f, 1); } }'))).toBe(false);
  });
});
