import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveOwnerScope } from './owner-scope';
import { findTeardownCallback } from './teardown-callback';

const teardown = (code: string) => {
  const call = parseSnippet(code, 'tsx').call('setInterval');
  return findTeardownCallback(call, resolveOwnerScope(call));
};

describe('findTeardownCallback', () => {
  it("names a framework class's release member the acquisition is directly in", () => {
    expect(teardown('class A extends React.Component { componentDidMount() {} componentWillUnmount() { setInterval(f, 1); } }')).toBe('componentWillUnmount()');
    expect(teardown('class A extends HTMLElement { connectedCallback() {} disconnectedCallback() { setInterval(f, 1); } }')).toBe('disconnectedCallback()');
  });

  it('names a teardown hook callback and an effect’s returned cleanup', () => {
    expect(teardown("import { onDestroy } from 'svelte'; onDestroy(() => { setInterval(f, 1); });")).toBe('onDestroy');
    expect(teardown("import { onBeforeUnmount } from 'vue'; onBeforeUnmount(() => { setInterval(f, 1); });")).toBe('onBeforeUnmount');
    expect(teardown("import { useEffect } from 'react'; useEffect(() => { return () => { setInterval(f, 1); }; }, []);")).toBe("the effect's cleanup");
  });

  it('is null in a mount hook, in a callback the teardown hands on, and in a generic dispose()', () => {
    expect(teardown("import { useEffect } from 'react'; useEffect(() => { setInterval(f, 1); }, []);")).toBeNull();
    expect(teardown("import { onDestroy } from 'svelte'; onDestroy(() => { el.addEventListener('x', () => setInterval(f, 1)); });")).toBeNull();
    expect(teardown('class Pool { dispose() { setInterval(f, 1); } }')).toBeNull();
  });
});
