import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import type { SingleFileComponent } from '../../core/rule';
import { resolveVueOptionsComponent } from './vue-options-component';

const vueScript = (setupBlock = false): SingleFileComponent => ({
  kind: 'vue',
  blocks: [
    { start: 0, end: 10_000, lang: 'ts', setup: false, module: false },
    ...(setupBlock ? [{ start: 10_001, end: 10_002, lang: 'ts' as const, setup: true, module: false }] : []),
  ],
});

/** The component the object holding `mounted` is, as `via major` (or `null`). */
const componentOf = (code: string, sfc: SingleFileComponent | null = null, projectMajor: 2 | 3 | null = null) => {
  const s = parseSnippet(code);
  const mounted = s.find((node) => node.type === 'ObjectMethod' && node.key.type === 'Identifier' && node.key.name === 'mounted');
  const component = resolveVueOptionsComponent(mounted.parentPath!, sfc, projectMajor);
  return component ? `${component.via} ${component.major}` : null;
};

describe('resolveVueOptionsComponent', () => {
  it('recognises defineComponent / defineNuxtComponent from vue, #app, #imports, or auto-imported', () => {
    expect(componentOf("import { defineComponent } from 'vue'; export default defineComponent({ mounted() {} });")).toBe('define-component 3');
    expect(componentOf("import { defineComponent as dc } from 'vue'; dc({ mounted() {} } as any);")).toBe('define-component 3');
    expect(componentOf("import { defineNuxtComponent } from '#app'; export default defineNuxtComponent({ mounted() {} });")).toBe('define-component 3');
    expect(componentOf("import { defineComponent } from '#imports'; defineComponent({ mounted() {} });")).toBe('define-component 3');
    expect(componentOf('export default defineComponent({ mounted() {} });')).toBe('define-component 3');
  });

  it('recognises Vue 2 APIs on the default import of vue', () => {
    expect(componentOf("import Vue from 'vue'; export default Vue.extend({ mounted() {} });")).toBe('vue-2-api 2');
    expect(componentOf("import Vue from 'vue'; Vue.component('clock', { mounted() {} });")).toBe('vue-2-api 2');
    expect(componentOf("import Vue from 'vue'; new Vue({ el: '#app', mounted() {} });")).toBe('vue-2-api 2');
  });

  it('recognises objects of a .vue <script>: the default export, and others with two Vue option keys', () => {
    expect(componentOf('export default { mounted() {} };', vueScript())).toBe('sfc-export null');
    expect(componentOf('const Panel = { data() { return {}; }, mounted() {} };', vueScript())).toBe('sfc-object null');
    expect(componentOf('const helper = { mounted() {} };', vueScript())).toBeNull();
  });

  it('does not recognise look-alikes', () => {
    expect(componentOf('export default { mounted() {} };')).toBeNull();
    expect(componentOf("import { defineComponent } from './local'; defineComponent({ mounted() {} });")).toBeNull();
    expect(componentOf("import Vue from './vue-shim'; Vue.extend({ mounted() {} });")).toBeNull();
    expect(componentOf("import Vue from 'vue'; Vue.component({ mounted() {} });")).toBeNull();
    expect(componentOf('const helper = { data() {}, mounted() {} };')).toBeNull();
    expect(componentOf('const Panel = { data() { return {}; }, mounted() {} };', { kind: 'vue', blocks: [{ start: 0, end: 10_000, lang: 'ts', setup: true, module: false }] })).toBeNull();
  });

  it('takes the Vue major from the unmount hooks the component, then the file, already writes', () => {
    expect(componentOf('export default { mounted() {}, beforeDestroy() {} };', vueScript())).toBe('sfc-export 2');
    expect(componentOf('export default { mounted() {}, destroyed: function () {} };', vueScript())).toBe('sfc-export 2');
    expect(componentOf('export default { mounted() {}, unmounted: () => {} };', vueScript())).toBe('sfc-export 3');
    expect(componentOf("import { defineComponent } from 'vue'; defineComponent({ mounted() {}, beforeDestroy() {} });")).toBe('define-component 2');
    expect(componentOf('const mixin = { beforeUnmount() {} };\nexport default { mounted() {} };', vueScript())).toBe('sfc-export 3');
    // Both majors' hooks (written for both), or a data flag named like a hook: no hook evidence.
    expect(componentOf('export default { mounted() {}, beforeDestroy() {}, beforeUnmount() {} };', vueScript())).toBe('sfc-export null');
    expect(componentOf('export default { data() { return { destroyed: false }; }, mounted() {} };', vueScript())).toBe('sfc-export null');
  });

  it("trusts neither the file's hooks nor the installed major when they disagree (a hook that never runs there)", () => {
    // marktext (`"vue": "^2.6.14"`): a component that writes `unmounted()`, which Vue 2 never calls.
    expect(componentOf('export default { mounted() {}, unmounted() {} };', vueScript(), 2)).toBe('sfc-export null');
    expect(componentOf('export default { mounted() {}, beforeDestroy() {} };', vueScript(), 3)).toBe('sfc-export null');
    expect(componentOf('const other = { beforeUnmount() {} };\nexport default { mounted() {} };', vueScript(), 2)).toBe('sfc-export null');
    expect(componentOf('export default { mounted() {}, beforeDestroy() {} };', vueScript(), 2)).toBe('sfc-export 2');
    expect(componentOf('export default { mounted() {} };', vueScript(), 2)).toBe('sfc-export 2');
    // A suggestion's release still goes in the hook the installed vue calls.
    const s = parseSnippet('export default { mounted() {}, unmounted() {} };');
    const mounted = s.find((node) => node.type === 'ObjectMethod' && node.key.type === 'Identifier' && node.key.name === 'mounted');
    expect(resolveVueOptionsComponent(mounted.parentPath!, vueScript(), 2)?.hookMajor).toBe(2);
  });

  it('falls back on the APIs the file uses', () => {
    expect(componentOf("import { createApp } from 'vue';\nexport default { mounted() {} };", vueScript())).toBe('sfc-export 3');
    expect(componentOf("import Vue from 'vue';\nexport default { mounted() {} };", vueScript())).toBe('sfc-export 2');
    expect(componentOf('export default { mounted() {} };', vueScript(true))).toBe('sfc-export 3');
    expect(componentOf("import { ref } from 'vue';\nexport default { mounted() {} };", vueScript())).toBe('sfc-export null');
  });
});
