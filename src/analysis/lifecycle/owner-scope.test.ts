import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import type { SingleFileComponent } from '../../core/rule';
import { resolveOwnerScope, type OwnerScopeOptions } from './owner-scope';

const ownerOf = (code: string, options: OwnerScopeOptions = {}) => {
  const s = parseSnippet(code, 'tsx');
  const owner = resolveOwnerScope(s.call('setInterval'), options);
  return { kind: owner.kind, nested: owner.nested.length, inAcquirePlace: owner.inAcquirePlace, owner };
};

describe('resolveOwnerScope', () => {
  it('finds React effects, directly and through nested callbacks', () => {
    expect(ownerOf("import { useEffect } from 'react'; useEffect(() => { setInterval(f, 1); });")).toMatchObject({ kind: 'react-effect', nested: 0, inAcquirePlace: true });
    expect(ownerOf("import { useEffect } from 'react'; useEffect(() => { el.onclick = () => setInterval(f, 1); });")).toMatchObject({
      kind: 'react-effect',
      nested: 1,
      inAcquirePlace: false,
    });
    expect(ownerOf('useMyEffect(() => { setInterval(f, 1); });', { effectHooks: ['useMyEffect'] }).kind).toBe('react-effect');
  });

  it('finds Vue setup code, onMounted and <script setup>', () => {
    const onMounted = ownerOf("import { onMounted } from 'vue'; export default { setup() { onMounted(() => { setInterval(f, 1); }); } };");
    expect(onMounted).toMatchObject({ kind: 'component-setup', inAcquirePlace: true });
    expect(onMounted.owner.setup?.scope.node.type).toBe('ObjectMethod');
    expect(ownerOf("import { defineComponent } from 'vue'; defineComponent({ setup() { setInterval(f, 1); } });")).toMatchObject({ kind: 'component-setup', inAcquirePlace: true });
    expect(ownerOf("import { ref } from 'vue'; export function useClock() { setInterval(f, 1); }")).toMatchObject({ kind: 'component-setup', inAcquirePlace: false });
    const sfc: SingleFileComponent = { kind: 'vue', blocks: [{ start: 0, end: 100, lang: 'ts', setup: true, module: false }] };
    expect(ownerOf('setInterval(f, 1);', { sfc }).owner.setup?.scope.node.type).toBe('Program');
  });

  it('finds Vue Options-API acquire hooks, and the methods only they call', () => {
    const mounted = ownerOf("import { defineComponent } from 'vue'; defineComponent({ mounted() { setInterval(f, 1); } });");
    expect(mounted).toMatchObject({ kind: 'vue-options', nested: 0, inAcquirePlace: true });
    expect(mounted.owner.vueOptions).toMatchObject({ hookName: 'mounted', thisIsInstance: true, release: { hook: 'beforeUnmount' } });
    // A nested callback, a method the hook calls, or a major the file does not show: a person reviews the fix.
    expect(ownerOf("import Vue from 'vue'; Vue.extend({ mounted() { this.$nextTick(() => setInterval(f, 1)); } });")).toMatchObject({ kind: 'vue-options', nested: 1, inAcquirePlace: false });
    expect(ownerOf("import { defineComponent } from 'vue'; defineComponent({ mounted() { this.poll(); }, methods: { poll() { setInterval(f, 1); } } });")).toMatchObject({
      kind: 'vue-options',
      inAcquirePlace: false,
    });
    const sfc: SingleFileComponent = { kind: 'vue', blocks: [{ start: 0, end: 100, lang: 'ts', setup: false, module: false }] };
    expect(ownerOf('export default { mounted() { setInterval(f, 1); } };', { sfc })).toMatchObject({ kind: 'vue-options', inAcquirePlace: false });
    expect(ownerOf("import Vue from 'vue'; Vue.extend({ mounted() { list.forEach(function () { setInterval(f, 1); }); } });").owner.vueOptions?.thisIsInstance).toBe(false);
    // Other methods, watchers and hooks have no owner.
    expect(ownerOf("import { defineComponent } from 'vue'; defineComponent({ methods: { poll() { setInterval(f, 1); } } });").kind).toBe('none');
    expect(ownerOf("import { defineComponent } from 'vue'; defineComponent({ updated() { setInterval(f, 1); } });").kind).toBe('none');
  });

  it('finds Svelte and Solid callbacks', () => {
    expect(ownerOf("import { onMount } from 'svelte'; onMount(() => { setInterval(f, 1); });").kind).toBe('svelte-effect');
    expect(ownerOf('$effect(() => { setInterval(f, 1); });').kind).toBe('svelte-effect');
    expect(ownerOf("import { onMount } from 'solid-js'; onMount(() => { setInterval(f, 1); });").kind).toBe('solid-effect');
  });

  it('gives a mount hook the component code that registered it; effects, which may run again, get none', () => {
    const componentOf = (code: string, options: OwnerScopeOptions = {}) => {
      const component = ownerOf(code, options).owner.component;
      if (!component) return null;
      return component.node.type === 'Program' ? 'Program' : code.slice(component.node.start!, component.node.start! + 16);
    };
    expect(componentOf("import { onMount } from 'solid-js'; function Clock() { onMount(() => { setInterval(f, 1); }); }")).toBe('function Clock()');
    expect(componentOf("import { onMounted } from 'vue'; export default { setup() { onMounted(() => { setInterval(f, 1); }); } };")).toBe('setup() { onMoun');
    const vueSetup: SingleFileComponent = { kind: 'vue', blocks: [{ start: 0, end: 200, lang: 'ts', setup: true, module: false }] };
    expect(componentOf("import { onMounted } from 'vue'; onMounted(() => { setInterval(f, 1); });", { sfc: vueSetup })).toBe('Program');
    const svelte: SingleFileComponent = { kind: 'svelte', blocks: [{ start: 0, end: 200, lang: 'ts', setup: false, module: false }] };
    expect(componentOf("import { onMount } from 'svelte'; onMount(() => { setInterval(f, 1); });", { sfc: svelte })).toBe('Program');
    // A Svelte module script runs once per module, not per component; a plain module's top level is no component.
    const svelteModule: SingleFileComponent = { kind: 'svelte', blocks: [{ start: 0, end: 200, lang: 'ts', setup: false, module: true }] };
    expect(componentOf("import { onMount } from 'svelte'; onMount(() => { setInterval(f, 1); });", { sfc: svelteModule })).toBeNull();
    expect(componentOf("import { onMount } from 'svelte'; onMount(() => { setInterval(f, 1); });")).toBeNull();
    expect(componentOf("import { createEffect } from 'solid-js'; function Clock() { createEffect(() => { setInterval(f, 1); }); }")).toBeNull();
    expect(componentOf("import { useEffect } from 'react'; function Clock() { useEffect(() => { setInterval(f, 1); }, []); }")).toBeNull();
  });

  it('finds class owners, and whether the member is where the release undoes the acquisition', () => {
    expect(ownerOf('class A extends React.Component { componentDidMount() { setInterval(f, 1); } }')).toMatchObject({ kind: 'react-class', inAcquirePlace: true });
    expect(ownerOf('class A extends React.Component { onClick = () => { setInterval(f, 1); }; }')).toMatchObject({ kind: 'react-class', inAcquirePlace: false });
    expect(ownerOf('@Component({}) class A { ngOnInit() { setInterval(f, 1); } }')).toMatchObject({ kind: 'angular', inAcquirePlace: true });
    expect(ownerOf('@Component({}) class A { t = setInterval(f, 1); }')).toMatchObject({ kind: 'angular', inAcquirePlace: true });
    expect(ownerOf('class A extends HTMLElement { connectedCallback() { setInterval(f, 1); } }')).toMatchObject({ kind: 'custom-element', inAcquirePlace: true });
    expect(ownerOf('class A extends HTMLElement { constructor() { super(); setInterval(f, 1); } }')).toMatchObject({ kind: 'custom-element', inAcquirePlace: false });
    expect(ownerOf('class A { start() { setInterval(f, 1); } dispose() {} }')).toMatchObject({ kind: 'disposable-class', inAcquirePlace: true });
    expect(ownerOf('class A { start() { setInterval(f, 1); } }')).toMatchObject({ kind: 'plain-class', inAcquirePlace: true });
    const notInstance = ownerOf('class A { start() { list.forEach(function () { setInterval(f, 1); }); } dispose() {} }');
    expect(notInstance.owner.classOwner?.thisIsInstance).toBe(false);
    expect(ownerOf('class A { start = () => { setInterval(f, 1); }; dispose() {} }')).toMatchObject({ kind: 'disposable-class', nested: 0 });
  });

  it('falls back to a signal in scope, which also wins over a nested framework owner', () => {
    const cancellable = ownerOf('async function poll(signal: AbortSignal) { setInterval(f, 1); }');
    expect(cancellable).toMatchObject({ kind: 'cancellable-function', inAcquirePlace: true });
    expect(cancellable.owner.signal).toMatchObject({ expression: 'signal', mayBeUndefined: false, source: 'parameter' });
    expect(ownerOf('async function poll(options?: { signal?: AbortSignal }) { setInterval(f, 1); }').owner.signal).toMatchObject({
      expression: 'options?.signal',
      mayBeUndefined: true,
    });
    expect(ownerOf("import { useEffect } from 'react'; useEffect(() => { load((signal: AbortSignal) => { setInterval(f, 1); }); });").kind).toBe('cancellable-function');
    expect(ownerOf("import { useEffect } from 'react'; useEffect(() => { const controller = new AbortController(); setInterval(f, 1); });").kind).toBe('react-effect');
    expect(ownerOf('async function poll(signal: AbortSignal) { setInterval(f, 1); }', { findSignal: () => null }).kind).toBe('none');
  });

  it('does not count an acquisition in a loop as one-to-one with the release', () => {
    const looped = ownerOf("import { useEffect } from 'react'; useEffect(() => { for (const item of items) { setInterval(f, 1); } });");
    expect(looped).toMatchObject({ kind: 'react-effect', inAcquirePlace: false });
    expect(looped.owner.inLoop).toBe(true);
    expect(ownerOf('class A { start() { while (more()) setInterval(f, 1); } dispose() {} }')).toMatchObject({ kind: 'disposable-class', inAcquirePlace: false });
    expect(ownerOf("import { useEffect } from 'react'; useEffect(() => { for (let i = 0, id = setInterval(f, 1); i < 1; i++) {} });").owner.inLoop).toBe(false);
  });

  it('tells code with no owner from module code', () => {
    expect(ownerOf('function start() { setInterval(f, 1); }')).toMatchObject({ kind: 'none', inAcquirePlace: false });
    expect(ownerOf('export function App() { setInterval(f, 1); return null; }').kind).toBe('none');
    expect(ownerOf('setInterval(f, 1);').kind).toBe('module');
    expect(ownerOf('{ setInterval(f, 1); }').kind).toBe('module');
    expect(ownerOf('class A { static { setInterval(f, 1); } }').kind).toBe('module');
    expect(ownerOf('class A { static t = setInterval(f, 1); }').kind).toBe('module');
    expect(ownerOf('const api = { start() { setInterval(f, 1); } };').kind).toBe('none');
  });
});
