import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isReactMountTimeAcquisition } from './react-mount-time';

/** isReactMountTimeAcquisition for the owner of the `bus.on(…)` call in `code`. */
function mountTime(code: string): boolean {
  const s = parseSnippet(`import { useEffect, useLayoutEffect } from 'react';\n${code}`, 'tsx');
  return isReactMountTimeAcquisition(resolveOwnerScope(s.call('bus.on'), { sfc: null }));
}

describe('isReactMountTimeAcquisition', () => {
  it('accepts an effect with an empty dependency list in a component, also behind a promise reaction', () => {
    expect(mountTime("function Footer() { useEffect(() => { bus.on('x', () => {}); }, []); return <footer />; }")).toBe(true);
    expect(mountTime("const Footer = () => { useLayoutEffect(() => { bus.on('x', () => {}); }, []); return null; };")).toBe(true);
    expect(mountTime("function Footer() { useEffect(() => { load().then(() => { bus.on('x', () => {}); }); }, []); return null; }")).toBe(true);
  });

  it('rejects an effect with dependencies or none, a custom hook, a loop and a callback that runs again', () => {
    expect(mountTime("function Footer({ id }) { useEffect(() => { bus.on(id, () => {}); }, [id]); return null; }")).toBe(false);
    expect(mountTime("function Footer() { useEffect(() => { bus.on('x', () => {}); }); return null; }")).toBe(false);
    expect(mountTime("function useSongs() { useEffect(() => { bus.on('x', () => {}); }, []); }")).toBe(false);
    expect(mountTime("function Footer() { useEffect(() => { for (const e of events) bus.on(e, () => {}); }, []); return null; }")).toBe(false);
    expect(mountTime("function Footer() { useEffect(() => { window.addEventListener('focus', () => { bus.on('x', () => {}); }); }, []); return null; }")).toBe(false);
  });
});
