import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { describeEffectRerun, resolveEffectRerun } from './effect-reruns';

function rerunOf(code: string, callee = 'setTimeout', effectHooks: string[] = []) {
  const s = parseSnippet(code, 'tsx');
  const owner = resolveOwnerScope(s.call(callee), { effectHooks });
  return resolveEffectRerun(owner, (start, end) => code.slice(start, end));
}

describe('resolveEffectRerun', () => {
  it('finds no re-run where the cleanup runs at unmount alone', () => {
    expect(rerunOf("import { useEffect } from 'react';\nuseEffect(() => { setTimeout(f, 1); }, []);")).toBeNull();
    expect(rerunOf("import { useEffect } from 'react';\nuseEffect(() => { setTimeout(f, 1); }, [] as const);")).toBeNull();
    expect(rerunOf("import { onMounted } from 'vue';\nonMounted(() => { setTimeout(f, 1); });")).toBeNull();
    expect(rerunOf("import { onMount } from 'svelte';\nonMount(() => { setTimeout(f, 1); });")).toBeNull();
    expect(rerunOf("import { onMount } from 'solid-js';\nonMount(() => { setTimeout(f, 1); });")).toBeNull();
    expect(rerunOf('class A extends React.Component { componentDidMount() { setTimeout(f, 1); } }')).toBeNull();
    expect(rerunOf('function f(signal: AbortSignal) { setTimeout(g, 1); }')).toBeNull();
  });

  it('finds the re-runs of React effects with dependencies, without a list, and of project hooks', () => {
    const listed = rerunOf("import { useEffect } from 'react';\nuseEffect(() => { setTimeout(f, 1); }, [notice]);");
    expect(listed).toEqual({ kind: 'listed', hook: 'useEffect', dependencies: '[notice]' });
    expect(describeEffectRerun(listed!)).toBe('a change of `[notice]`');
    const variable = rerunOf("import { useLayoutEffect } from 'react';\nuseLayoutEffect(() => { setTimeout(f, 1); }, deps);");
    expect(variable).toEqual({ kind: 'listed', hook: 'useLayoutEffect', dependencies: 'deps' });
    const everyRender = rerunOf("import { useEffect } from 'react';\nuseEffect(() => { setTimeout(f, 1); });");
    expect(everyRender).toEqual({ kind: 'every-render', hook: 'useEffect' });
    expect(describeEffectRerun(everyRender!)).toContain('every re-render');
    expect(rerunOf('useUpdateEffect(() => { setTimeout(f, 1); }, [a]);', 'setTimeout', ['useUpdateEffect'])).toMatchObject({ kind: 'listed', hook: 'useUpdateEffect' });
    expect(rerunOf('useUpdateEffect(() => { setTimeout(f, 1); }, []);', 'setTimeout', ['useUpdateEffect'])).toBeNull();
  });

  it('says "a dependency change" for long or multi-line lists', () => {
    const long = rerunOf("import { useEffect } from 'react';\nuseEffect(() => { setTimeout(f, 1); }, [\n  first,\n  second,\n]);");
    expect(long?.kind).toBe('listed');
    expect(describeEffectRerun(long!)).toBe('a dependency change');
  });

  it('finds the tracked re-runs of Svelte $effect and Solid createEffect', () => {
    expect(rerunOf('$effect(() => { setTimeout(f, 1); });')).toEqual({ kind: 'tracked', hook: '$effect' });
    expect(rerunOf("import { createEffect } from 'solid-js';\ncreateEffect(() => { setTimeout(f, 1); });")).toEqual({ kind: 'tracked', hook: 'createEffect' });
  });
});
