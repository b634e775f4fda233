import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isReadableAt } from './readable-at-release';
import { resolveReleasePlace } from '../../src/analysis/lifecycle/release-place';

/** Whether the first argument of `acquire(...)` can be read again at its owner's release place. */
function readable(code: string): boolean {
  const s = parseSnippet(code, 'tsx');
  const call = s.call('acquire');
  const { place } = resolveReleasePlace(resolveOwnerScope(call, { sfc: null }), call);
  if (!place) throw new Error('no place');
  return isReadableAt(call.child((call.node as unknown as { arguments: Node[] }).arguments[0]!, 'arguments', 0), place);
}

const EFFECT = (body: string, before = '') => `import { useEffect } from 'react';\nimport { getEvent } from './events';\n${before}\nfunction C(props: { socket: WebSocket }) {\n  useEffect(() => {\n${body}\n  });\n}`;

describe('isReadableAt', () => {
  it('reads constants, globals, never-reassigned bindings and imported helper calls again', () => {
    expect(readable(EFFECT("acquire('resize');"))).toBe(true);
    expect(readable(EFFECT('acquire(window.visualViewport);'))).toBe(true);
    expect(readable(EFFECT('const h = () => {};\nacquire(h);'))).toBe(true);
    expect(readable(EFFECT('acquire(props);'))).toBe(true);
    expect(readable(EFFECT('acquire(getEvent());'))).toBe(true);
    expect(readable(EFFECT('acquire(`${EVENT}-x`);', "const EVENT = 'a';"))).toBe(true);
  });

  it('does not read again what may have changed or is made anew', () => {
    expect(readable(EFFECT('let h = () => {};\nacquire(h);\nh = null;'))).toBe(false);
    expect(readable(EFFECT('acquire(props.socket);'))).toBe(false);
    expect(readable(EFFECT('acquire(window.matchMedia(q));'))).toBe(false);
    expect(readable(EFFECT('if (x) {\n  const h = () => {};\n  acquire(h);\n}'))).toBe(false);
  });

  it("in a Vue component's release hook, reads the instance's this and module-level names, not locals of the hook", () => {
    const component = (body: string) => `import { defineComponent } from 'vue';\nconst shared = () => {};\ndefineComponent({\n  mounted() {\n${body}\n  },\n});`;
    expect(readable(component('acquire(this.onResize);'))).toBe(true);
    expect(readable(component('acquire(this.$refs.list);'))).toBe(true);
    expect(readable(component('acquire(shared);'))).toBe(true);
    expect(readable(component('this.$nextTick(() => acquire(this.onResize));'))).toBe(true);
    expect(readable(component('const h = () => {};\nacquire(h);'))).toBe(false);
  });

  it('in a class release method, reads this and module-level names, not locals of the method', () => {
    const element = (body: string) => `const shared = () => {};\nclass A extends HTMLElement {\n  connectedCallback() {\n${body}\n  }\n}`;
    expect(readable(element('acquire(this.onResize);'))).toBe(true);
    expect(readable(element('acquire(shared);'))).toBe(true);
    expect(readable(element('const h = () => {};\nacquire(h);'))).toBe(false);
  });
});
