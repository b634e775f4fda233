import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveAcquisitionHandle } from './acquisition-handle';
import { resolveHandleUsage, type KeptHandle } from './handle-usage';
import { getTimerResource, LISTENER_RESOURCES } from './catalog';

const usageOf = (code: string) => {
  const s = parseSnippet(code);
  const call = s.call('setInterval');
  const handle = resolveAcquisitionHandle(call);
  if (handle.kind !== 'variable' && handle.kind !== 'member') throw new Error(`not kept: ${handle.kind}`);
  const kept: KeptHandle = handle.kind === 'variable' ? { kind: 'variable', binding: handle.binding } : { kind: 'member', member: handle.member };
  return resolveHandleUsage(kept, call, getTimerResource('setInterval')!.release);
};

describe('resolveHandleUsage', () => {
  it('counts a release anywhere the handle reaches, in any spelling of the clear function', () => {
    expect(usageOf('const id = setInterval(f, 1); clearInterval(id);').released).toBe(true);
    expect(usageOf('const id = setInterval(f, 1); return () => window.clearInterval(id);').released).toBe(true);
    expect(usageOf('const id = setInterval(f, 1); emitter.on("end", () => clearTimeout(id));').released).toBe(true);
    expect(usageOf('const id = setInterval(() => { if (done) clearInterval(id); }, 1);').released).toBe(true);
    expect(usageOf('let id = null; id = setInterval(f, 1); id && clearInterval(id!);').released).toBe(true);
  });

  it('does not count a release of another handle, or by a project helper', () => {
    expect(usageOf('const id = setInterval(f, 1); clearInterval(other);').released).toBe(false);
    expect(usageOf('const id = setInterval(f, 1); function g(id) { clearInterval(id); }').released).toBe(false);
    expect(usageOf("import { clearInterval } from './timers'; const id = setInterval(f, 1); clearInterval(id);").released).toBe(false);
  });

  it('follows this.x within the same class instance only', () => {
    expect(usageOf('class A { m() { this.t = setInterval(f, 1); } d() { clearInterval(this.t); } }').released).toBe(true);
    expect(usageOf('class A { m() { this.t = setInterval(f, 1); } d() { list.forEach(function () { clearInterval(this.t); }); } }').released).toBe(false);
    expect(usageOf('class A { m() { this.t = setInterval(f, 1); } } class B { d() { clearInterval(this.t); } }').released).toBe(false);
    expect(usageOf('class A { m() { this.t = setInterval(f, 1); } d() { clearInterval(this.t.x); } }').released).toBe(false);
  });

  it('follows the local of `const { x } = this` in a method of the same class', () => {
    expect(usageOf('class A { m() { this.t = setInterval(f, 1); } d() { const { t } = this; clearInterval(t); } }').released).toBe(true);
    expect(usageOf('class A { m() { this.t = setInterval(f, 1); } d() { const { t: id, u } = this; if (id) clearInterval(id); } }').released).toBe(true);
    const logged = usageOf('class A { m() { this.t = setInterval(f, 1); } d() { const { t } = this; console.log(t); } }');
    expect([logged.released, logged.escapes]).toEqual([false, false]);
    expect(usageOf('class A { m() { this.t = setInterval(f, 1); } d() { const { u } = this; clearInterval(u); } }').released).toBe(false);
    expect(usageOf('class A { m() { this.t = setInterval(f, 1); } } class B { d() { const { t } = this; clearInterval(t); } }').released).toBe(false);
  });

  it('follows this.x within the same object literal (a Vue options component), nested option objects included', () => {
    expect(usageOf('export default { mounted() { this.t = setInterval(f, 1); }, beforeUnmount() { clearInterval(this.t); } };').released).toBe(true);
    expect(usageOf('export default { mounted() { this.t = setInterval(f, 1); }, methods: { stop() { clearInterval(this.t); } } };').released).toBe(true);
    expect(usageOf('export default { mounted() { this.t = setInterval(() => { if (done) clearInterval(this.t); }, 1); } };').released).toBe(true);
    expect(usageOf('const a = { m() { this.t = setInterval(f, 1); } }; const b = { d() { clearInterval(this.t); } };').released).toBe(false);
    expect(usageOf('export default { mounted() { this.t = setInterval(f, 1); }, d() { list.forEach(function () { clearInterval(this.t); }); } };').released).toBe(false);
  });

  it("counts Vue's unref(timer) / toValue(timer) as timer.value", () => {
    const vue = "import { ref, unref, toValue as read } from 'vue'; const timer = ref(null);";
    expect(usageOf(`${vue} timer.value = setInterval(f, 1); onBeforeUnmount(() => clearInterval(unref(timer)));`).released).toBe(true);
    expect(usageOf(`${vue} timer.value = setInterval(f, 1); clearInterval(read(timer));`).released).toBe(true);
    expect(usageOf(`${vue} const other = ref(null); timer.value = setInterval(f, 1); clearInterval(unref(other));`).released).toBe(false);
    expect(usageOf(`import { unref } from './refs'; const timer = ref(null); timer.value = setInterval(f, 1); clearInterval(unref(timer));`).released).toBe(false);
  });

  it('follows ref.current of the same binding', () => {
    expect(usageOf('const ref = useRef(); ref.current = setInterval(f, 1); clearInterval(ref.current);').released).toBe(true);
    expect(usageOf('const ref = useRef(); ref.current = setInterval(f, 1); clearInterval(other.current);').released).toBe(false);
  });

  it('sees .unref() and handles handed on', () => {
    expect(usageOf('const id = setInterval(f, 1); id.unref();')).toMatchObject({ unref: true, released: false });
    expect(usageOf('const id = setInterval(f, 1); register(id);').escapes).toBe(true);
    expect(usageOf('function a() { const id = setInterval(f, 1); return id; }').escapes).toBe(true);
    expect(usageOf('const id = setInterval(f, 1); const all = [id];').escapes).toBe(true);
    expect(usageOf('const id = setInterval(f, 1); state.timer = id;').escapes).toBe(true);
    expect(usageOf('const id = setInterval(f, 1); console.log("started", id);').escapes).toBe(false);
    expect(usageOf('const id = setInterval(f, 1); if (id) log();')).toEqual({ released: false, unref: false, escapes: false });
  });

  it('counts a method release on the handle for resources released that way (observers)', () => {
    const observer = LISTENER_RESOURCES.find((r) => r.id === 'observer')!;
    const released = (code: string) => {
      const s = parseSnippet(code);
      const created = s.find((node) => node.type === 'NewExpression');
      const handle = resolveAcquisitionHandle(created);
      if (handle.kind !== 'variable') throw new Error('not kept');
      return resolveHandleUsage({ kind: 'variable', binding: handle.binding }, created, observer.release).released;
    };
    expect(released('const o = new ResizeObserver(f); o.observe(el); o.disconnect();')).toBe(true);
    expect(released('const o = new ResizeObserver(f); o.observe(el);')).toBe(false);
  });
});
