import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveLifecycleCallback } from './lifecycle-callback';

const hookOf = (code: string, options = {}) => {
  const s = parseSnippet(code, 'tsx');
  const fn = s.find((node) => node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression');
  const found = resolveLifecycleCallback(fn, options);
  return found ? `${found.framework}:${found.hook}` : null;
};

describe('resolveLifecycleCallback', () => {
  it('recognises React effect hooks in every spelling', () => {
    expect(hookOf("import { useEffect } from 'react'; useEffect(() => {}, []);")).toBe('react:useEffect');
    expect(hookOf("import { useLayoutEffect as useLayout } from 'react'; useLayout(() => {});")).toBe('react:useLayoutEffect');
    expect(hookOf("import * as React from 'react'; React.useInsertionEffect(function () {});")).toBe('react:useInsertionEffect');
    expect(hookOf("import React from 'react'; React.useEffect(() => {});")).toBe('react:useEffect');
    expect(hookOf('React.useEffect(() => {});')).toBe('react:useEffect');
    expect(hookOf('useEffect(() => {});')).toBe('react:useEffect');
    expect(hookOf("import { useEffect } from 'preact/hooks'; useEffect(() => {});")).toBe('react:useEffect');
  });

  it('recognises project effect hooks named in the options only', () => {
    expect(hookOf("import { useUpdateEffect } from './hooks'; useUpdateEffect(() => {});")).toBeNull();
    expect(hookOf("import { useUpdateEffect } from './hooks'; useUpdateEffect(() => {});", { effectHooks: ['useUpdateEffect'] })).toBe('react:useUpdateEffect');
  });

  it('recognises Vue, Svelte and Solid mount hooks', () => {
    expect(hookOf("import { onMounted } from 'vue'; onMounted(() => {});")).toBe('vue:onMounted');
    expect(hookOf("import { onMount } from 'svelte'; onMount(() => {});")).toBe('svelte:onMount');
    expect(hookOf('$effect(() => {});')).toBe('svelte:$effect');
    expect(hookOf('$effect.pre(() => {});')).toBe('svelte:$effect.pre');
    expect(hookOf("import { onMount } from 'solid-js'; onMount(() => {});")).toBe('solid:onMount');
    expect(hookOf("import { createEffect } from 'solid-js'; createEffect(() => {});")).toBe('solid:createEffect');
  });

  it('rejects other callbacks and other modules', () => {
    expect(hookOf("import { useEffect } from './my-react'; useEffect(() => {});")).toBeNull();
    expect(hookOf("import { onMount } from 'vue'; onMount(() => {});")).toBeNull();
    expect(hookOf("import { useEffect } from 'react'; useEffect(deps, () => {});")).toBeNull();
    expect(hookOf("import { useCallback } from 'react'; useCallback(() => {}, []);")).toBeNull();
    expect(hookOf('const useEffect = (f) => f(); useEffect(() => {});')).toBeNull();
  });
});
