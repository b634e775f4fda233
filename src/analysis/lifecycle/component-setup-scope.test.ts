import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import type { SingleFileComponent } from '../../core/rule';
import { resolveComponentSetupScope } from './component-setup-scope';

/** The setup kind of the first function in `code`. */
const setupOf = (code: string) => {
  const s = parseSnippet(code);
  const scope = s.find((node) => /Function|Method/.test(node.type));
  const found = resolveComponentSetupScope(scope, scope.node.start ?? 0, null);
  return found ? `${found.framework}:${found.teardownHook}:${found.kind}` : null;
};

describe('resolveComponentSetupScope', () => {
  it('recognises setup() in component options', () => {
    expect(setupOf("import { defineComponent } from 'vue'; defineComponent({ setup() {} });")).toBe('vue:onBeforeUnmount:setup');
    expect(setupOf("import { ref } from 'vue'; export default { setup: () => {} };")).toBe('vue:onBeforeUnmount:setup');
    expect(setupOf("import { defineComponent } from 'vue'; defineComponent((props) => {});")).toBe('vue:onBeforeUnmount:setup');
    expect(setupOf('defineComponent({ setup() {} });')).toBe('vue:onBeforeUnmount:setup');
  });

  it('recognises composables in files that import vue', () => {
    expect(setupOf("import { ref } from 'vue'; export function useClock() {}")).toBe('vue:onBeforeUnmount:composable');
    expect(setupOf("import { ref } from 'vue'; export const useClock = () => {};")).toBe('vue:onBeforeUnmount:composable');
    expect(setupOf("import { useState } from 'react'; export function useClock() {}")).toBeNull();
  });

  it('rejects other functions and objects', () => {
    expect(setupOf("import { ref } from 'vue'; const api = { setup() {} };")).toBeNull();
    expect(setupOf('export default { setup() {} };')).toBeNull();
    expect(setupOf("import { ref } from 'vue'; function startClock() {}")).toBeNull();
  });

  it('recognises the top level of <script setup> and of a Svelte instance script', () => {
    const code = 'const a = 1;\nconst b = 2;\n';
    const s = parseSnippet(code);
    const program = s.find((node) => node.type === 'Program');
    const vue: SingleFileComponent = { kind: 'vue', blocks: [{ start: 0, end: 13, lang: 'js', setup: false, module: false }, { start: 13, end: code.length, lang: 'js', setup: true, module: false }] };
    expect(resolveComponentSetupScope(program, 2, vue)).toBeNull();
    expect(resolveComponentSetupScope(program, 15, vue)?.teardownHook).toBe('onBeforeUnmount');
    const svelte: SingleFileComponent = { kind: 'svelte', blocks: [{ start: 0, end: 13, lang: 'js', setup: false, module: true }, { start: 13, end: code.length, lang: 'js', setup: false, module: false }] };
    expect(resolveComponentSetupScope(program, 2, svelte)).toBeNull();
    expect(resolveComponentSetupScope(program, 15, svelte)?.teardownHook).toBe('onDestroy');
    expect(resolveComponentSetupScope(program, 2, null)).toBeNull();
  });
});
