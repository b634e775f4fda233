import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveOwnerScope } from './owner-scope';
import { getAnchorStatement, getEnclosingStatement, resolveReleasePlace } from './release-place';

const placeOf = (code: string) => {
  const s = parseSnippet(code, 'tsx');
  const call = s.call('setInterval');
  const owner = resolveOwnerScope(call);
  const result = resolveReleasePlace(owner, call);
  return result.place ? result.place.kind : `none: ${result.reason}`;
};

describe('resolveReleasePlace', () => {
  it('maps every owner to its release place', () => {
    expect(placeOf("import { useEffect } from 'react'; useEffect(() => { setInterval(f, 1); });")).toBe('returned-cleanup');
    expect(placeOf("import { onMount } from 'svelte'; onMount(() => { setInterval(f, 1); });")).toBe('returned-cleanup');
    expect(placeOf("import { onMounted } from 'vue'; export default { setup() { onMounted(() => { setInterval(f, 1); }); } };")).toBe('teardown-hook');
    expect(placeOf("import { onMount } from 'solid-js'; onMount(() => { setInterval(f, 1); });")).toBe('cleanup-call');
    expect(placeOf('@Component({}) class A { d = inject(DestroyRef); ngOnInit() { setInterval(f, 1); } }')).toBe('destroy-ref');
    expect(placeOf('@Component({}) class A { ngOnInit() { setInterval(f, 1); } }')).toBe('class-method');
    // Where the component may already be destroyed (a callback, after an `await`), `destroyRef.onDestroy` throws: ngOnDestroy.
    expect(placeOf('@Component({}) class A { d = inject(DestroyRef); save() { this.api.save().subscribe(() => { setInterval(f, 1); }); } }')).toBe('class-method');
    expect(placeOf('@Component({}) class A { d = inject(DestroyRef); async save() { await this.api.save(); setInterval(f, 1); } }')).toBe('class-method');
    expect(placeOf('@Component({}) class A { d = inject(DestroyRef); async save() { setInterval(f, 1); await this.api.save(); } }')).toBe('destroy-ref');
    expect(placeOf('@Component({}) class A { d = inject(DestroyRef); async save() { const g = async () => { await x; }; setInterval(f, 1); } }')).toBe('destroy-ref');
    expect(placeOf('class A extends HTMLElement { connectedCallback() { setInterval(f, 1); } }')).toBe('class-method');
    expect(placeOf('function poll(signal: AbortSignal) { setInterval(f, 1); }')).toBe('abort-listener');
    expect(placeOf('export function start() { setInterval(f, 1); }')).toBe('returned-cleanup');
    // The function already returns its stop function: the release joins it.
    expect(placeOf('export function start() { const id = setInterval(g, 1); setInterval(f, 1); return () => { clearInterval(id); }; }')).toBe('returned-cleanup');
    expect(placeOf('export function start(): () => void { const id = setInterval(g, 1); setInterval(f, 1); function stop() { clearInterval(id); } return stop; }')).toBe('returned-cleanup');
    expect(placeOf("import { defineComponent } from 'vue'; defineComponent({ mounted() { setInterval(f, 1); } });")).toBe('options-hook');
  });

  it('refuses places that cannot work', () => {
    expect(placeOf("import { useEffect } from 'react'; useEffect(async () => { setInterval(f, 1); });")).toMatch(/^none: an async callback/);
    expect(placeOf("import { onMount } from 'solid-js'; onMount(() => { later(() => setInterval(f, 1)); });")).toMatch(/^none: `onCleanup`/);
    expect(placeOf('class A { start() { list.forEach(function () { setInterval(f, 1); }); } dispose() {} }')).toMatch(/^none: `this`/);
    expect(placeOf("import { defineComponent } from 'vue'; defineComponent({ mounted: () => { setInterval(f, 1); } });")).toMatch(/^none: `this` is not the component/);
    expect(placeOf('export function App() { setInterval(f, 1); return <div />; }')).toMatch(/^none: no owner/);
    expect(placeOf('export function start(): number { setInterval(f, 1); return 1; }')).toMatch(/^none: no owner/);
    // A returned function that stops nothing (a getter), or a function type declared without one.
    expect(placeOf('export function start() { setInterval(f, 1); return () => count; }')).toMatch(/^none: no owner/);
    expect(placeOf('export function start(): () => void { setInterval(f, 1); }')).toMatch(/^none: no owner/);
    expect(placeOf('export function start() { setInterval(f, 1); return async () => { clearInterval(id); }; }')).toMatch(/^none: no owner/);
    expect(placeOf('el.onclick = () => { setInterval(f, 1); };')).toMatch(/^none: no owner/);
    expect(placeOf('setInterval(f, 1);')).toMatch(/^none: module code/);
    expect(placeOf('function poll(signal: AbortSignal) { if (a) setInterval(f, 1); }')).toMatch(/^none: the acquisition is not a statement/);
  });
});

describe('statement helpers', () => {
  it('find the statement in a list, and the child statement of a scope body', () => {
    const s = parseSnippet('function f() { if (a) { const id = setInterval(g, 1); } }');
    const call = s.call('setInterval');
    expect(getEnclosingStatement(call)?.node.type).toBe('VariableDeclaration');
    const fn = s.find((node) => node.type === 'FunctionDeclaration');
    expect(getAnchorStatement(fn, call)?.node.type).toBe('IfStatement');
    const bare = parseSnippet('function f() { if (a) setInterval(g, 1); }');
    expect(getEnclosingStatement(bare.call('setInterval'))).toBeNull();
  });
});
