import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveOwnerScope } from './owner-scope';
import { resolveReleasePlace } from './release-place';
import { isCleanupFixCertain } from './cleanup-fix-certainty';

const certain = (code: string, processLifetime = false) => {
  const call = parseSnippet(code, 'tsx').call('setInterval');
  const owner = resolveOwnerScope(call);
  const place = resolveReleasePlace(owner, call).place;
  return isCleanupFixCertain({ owner, place, processLifetime });
};

describe('isCleanupFixCertain', () => {
  it('is true directly in an effect, a mount method or an Angular component with its own ngOnDestroy', () => {
    expect(certain("import { useEffect } from 'react'; useEffect(() => { setInterval(f, 1); }, []);")).toBe(true);
    expect(certain('class A extends React.Component { componentDidMount() { setInterval(f, 1); } componentWillUnmount() {} }')).toBe(true);
  });

  it('is false for process-lifetime resources and acquisitions in a nested callback', () => {
    expect(certain("import { useEffect } from 'react'; useEffect(() => { setInterval(f, 1); }, []);", true)).toBe(false);
    expect(certain("import { useEffect } from 'react'; useEffect(() => { el.onclick = () => setInterval(f, 1); }, []);")).toBe(false);
  });

  it('is false without an owner, in a plain class, and with an AbortController made right there', () => {
    expect(certain('function start() { setInterval(f, 1); }')).toBe(false);
    expect(certain('class Poller { start() { setInterval(f, 1); } }')).toBe(false);
    expect(certain('function start() { const controller = new AbortController(); setInterval(() => sync(controller.signal), 1); return controller; }')).toBe(false);
  });

  it('is false when a new release method would hide one a project base class may have', () => {
    const component = (heritage: string) =>
      `import { Component, OnInit } from '@angular/core'; @Component({ selector: 'x', template: '' }) class A ${heritage} implements OnInit { ngOnInit(): void { setInterval(f, 1); } }`;
    expect(certain(component(''))).toBe(true);
    expect(certain(component("extends BaseWidget"))).toBe(false);
  });
});
