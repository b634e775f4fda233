import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { SingleFileComponent } from '../../src/core/rule';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isVueMountTimeAcquisition } from './vue-mount-time';

/** isVueMountTimeAcquisition for the owner of the `bus.on(…)` call in `code`. */
function mountTime(code: string, sfc: SingleFileComponent | null = null): boolean {
  const s = parseSnippet(code, 'ts');
  return isVueMountTimeAcquisition(resolveOwnerScope(s.call('bus.on'), { sfc }));
}

const setupBlock = (code: string): SingleFileComponent => ({ kind: 'vue', blocks: [{ start: 0, end: code.length, lang: 'ts', setup: true, module: false }] });

describe('isVueMountTimeAcquisition', () => {
  it('accepts the top level of <script setup> and setup(), their mount hooks, and Options-API mount hooks', () => {
    const top = "bus.on('x', () => {});";
    expect(mountTime(top, setupBlock(top))).toBe(true);
    const hook = "import { onMounted } from 'vue'; onMounted(() => { bus.on('x', () => {}); });";
    expect(mountTime(hook, setupBlock(hook))).toBe(true);
    expect(mountTime("import { defineComponent } from 'vue'; defineComponent({ setup() { bus.on('x', () => {}); } });")).toBe(true);
    expect(mountTime("import Vue from 'vue'; export default Vue.extend({ mounted() { bus.on('x', () => {}); }, beforeDestroy() {} });")).toBe(true);
    expect(mountTime("import { onMounted } from 'vue'; onMounted(() => { load().then(() => { bus.on('x', () => {}); }); });", setupBlock('x'.repeat(200)))).toBe(true);
    // onBeforeMount from vue: once per mount too (the owner analysis leaves it a nested function of the setup)
    const before = "import { onBeforeMount } from 'vue'; onBeforeMount(() => { bus.on('x', () => {}); });";
    expect(mountTime(before, setupBlock(before))).toBe(true);
    expect(mountTime("import { onBeforeMount } from 'vue'; onBeforeMount(() => { load().then(() => { bus.on('x', () => {}); }); });", setupBlock('x'.repeat(200)))).toBe(true);
  });

  it('rejects a composable, a method, onActivated, a loop and a callback that runs again', () => {
    expect(mountTime("import { ref } from 'vue'; export function useSongs() { bus.on('x', () => {}); }")).toBe(false);
    const method = "function follow() { bus.on('x', () => {}); }";
    expect(mountTime(method, setupBlock(method))).toBe(false);
    const activated = "import { onActivated } from 'vue'; onActivated(() => { bus.on('x', () => {}); });";
    expect(mountTime(activated, setupBlock(activated))).toBe(false);
    const loop = "for (const e of events) bus.on(e, () => {});";
    expect(mountTime(loop, setupBlock(loop))).toBe(false);
    const handler = "window.addEventListener('focus', () => { bus.on('x', () => {}); });";
    expect(mountTime(handler, setupBlock(handler))).toBe(false);
    expect(mountTime("import { useEffect } from 'react'; useEffect(() => { bus.on('x', () => {}); }, []);")).toBe(false);
    // an onBeforeMount of another module, or one inside a callback of the setup
    const other = "import { onBeforeMount } from './hooks'; onBeforeMount(() => { bus.on('x', () => {}); });";
    expect(mountTime(other, setupBlock(other))).toBe(false);
    const inner = "import { onBeforeMount } from 'vue'; window.addEventListener('focus', () => { onBeforeMount(() => { bus.on('x', () => {}); }); });";
    expect(mountTime(inner, setupBlock(inner))).toBe(false);
  });
});
