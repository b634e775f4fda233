import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isSameValue, resolveStaticProperty, resolveStaticValue, UNKNOWN } from './same-value';

/** The first arguments of the first two calls of `a(...)` / `b(...)` in `code`. */
function sameArguments(code: string, index = 0): boolean {
  const s = parseSnippet(code, 'tsx');
  const argument = (callee: string) => {
    const call = s.call(callee);
    return call.child((call.node as unknown as { arguments: never[] }).arguments[index]!, 'arguments', index);
  };
  return isSameValue(argument('a'), argument('b'));
}

describe('resolveStaticValue', () => {
  it('reads literals, expression-free templates and const bindings', () => {
    const s = parseSnippet("const EVENT = 'resize'; const OPTS = { capture: true }; let changing = 'x'; f(EVENT, `scroll`, OPTS.capture, changing, OPTS.passive);");
    const args = (s.call("f").node as unknown as { arguments: never[] }).arguments.map((argument, i) => s.call('f').child(argument, 'arguments', i));
    expect(args.map(resolveStaticValue)).toEqual(['resize', 'scroll', true, UNKNOWN, undefined]);
    expect(resolveStaticProperty(s.identifier('OPTS', 1), 'capture')).toBe(true);
  });
});

describe('isSameValue', () => {
  it('matches the same binding, global and constant', () => {
    expect(sameArguments('const h = () => {}; a(h); b(h);')).toBe(true);
    expect(sameArguments('a(window); b(window);')).toBe(true);
    expect(sameArguments("const E = 'resize'; a(E); b('resize');")).toBe(true);
    expect(sameArguments('a(h as EventListener); b(h);')).toBe(true);
    expect(sameArguments('class A { m() { a(`${this.root}/x.json`); b(`${this.root}/x.json`); } }')).toBe(true);
    expect(sameArguments("const d = 'x'; a(d + '/y'); b(d + '/y');")).toBe(true);
    expect(sameArguments('class A { m() { a(`${this.root}/x.json`); b(`${this.root}/y.json`); } }')).toBe(false);
  });

  it('sees a variable through a `const` copy of it, also `untrack(() => x)` from Svelte, when nothing reassigns it', () => {
    expect(sameArguments('function f(x: object) { a(x); const y = x; b(y); }')).toBe(true);
    expect(sameArguments('function f(x: object) { const y = x; a(y); b(x); }')).toBe(true);
    expect(sameArguments("import { untrack } from 'svelte'; function f(x: object) { a(x); const y = untrack(() => x); b(y); }")).toBe(true);
    expect(sameArguments('function f(x: object, z: object) { let w = x; const y = w; w = z; a(w); b(y); }')).toBe(false);
    expect(sameArguments('function untrack<T>(fn: () => T): T { return fn(); } function f(x: object) { a(x); const y = untrack(() => x); b(y); }')).toBe(false);
    expect(sameArguments('function f(x: object, z: object) { a(x); const y = z; b(y); }')).toBe(false);
    // a variable set again elsewhere: the same run of one function, with no write or await in it
    expect(sameArguments('let v: object = {}; function set(n: object) { v = n; } function f() { a(v); const y = v; return () => b(y); }')).toBe(true);
    expect(sameArguments('let v: object = {}; function set(n: object) { v = n; } async function f() { a(v); await 0; const y = v; return () => b(y); }')).toBe(false);
    expect(sameArguments('let v: object = {}; function set(n: object) { v = n; } function f() { const y = v; return () => { a(v); b(y); }; }')).toBe(false);
  });

  it("sees `this` through a `const self = this` alias (or a `var` nothing reassigns)", () => {
    expect(sameArguments('class A { m() { const self = this; a(self.stream); } n() { b(this.stream); } }')).toBe(true);
    expect(sameArguments('class A { m() { var self = this; a(self.stream); } n() { b(this.stream); } }')).toBe(true);
    expect(sameArguments('class A { m(other: A) { let self = this; self = other; a(self.stream); } n() { b(this.stream); } }')).toBe(false);
    expect(sameArguments('class A { m() { const self = this; a(self.stream); } } class B { n() { b(this.stream); } }')).toBe(false);
  });

  it('sees a member through a `const` read from it', () => {
    expect(sameArguments('class A { m() { const con = this.connection; a(con); } n() { b(this.connection); } }')).toBe(true);
    expect(sameArguments('class A { m() { const con = this.connection; a(con); } n() { b(this.other); } }')).toBe(false);
    expect(sameArguments('function f(drag: { el: object; other: object }) { a(drag.el); const { el } = drag; b(el); }')).toBe(true);
    expect(sameArguments('function f(drag: { el: object; other: object }) { const { el: node } = drag; a(node); b(drag.el); }')).toBe(true);
    expect(sameArguments('function f(drag: { el: object; other: object }) { a(drag.el); const { other } = drag; b(other); }')).toBe(false);
    expect(sameArguments('function f(drag: { el?: object }, z: object) { a(drag.el); const { el = z } = drag; b(el); }')).toBe(false);
    expect(sameArguments('class A { m() { let con = this.connection; con = make(); a(con); } n() { b(this.connection); } }')).toBe(false);
  });

  it('does not match different bindings, shadowed names or inline functions', () => {
    expect(sameArguments('const h1 = () => {}; const h2 = () => {}; a(h1); b(h2);')).toBe(false);
    expect(sameArguments('const h = () => {}; a(h); function g(h) { b(h); }')).toBe(false);
    expect(sameArguments('a(() => {}); b(() => {});')).toBe(false);
    expect(sameArguments('a(this.m.bind(this)); b(this.m.bind(this));')).toBe(false);
    expect(sameArguments("a('resize'); b('scroll');")).toBe(false);
  });

  it('matches member chains on the same root and this of the same class', () => {
    expect(sameArguments('const r = useRef(f); a(r.current); b(r.current);')).toBe(true);
    expect(sameArguments('class A { m() { a(this.onResize); } n() { b(this.onResize); } }')).toBe(true);
    expect(sameArguments('class A { m() { a(this.onResize); } } class B { n() { b(this.onResize); } }')).toBe(false);
    expect(sameArguments('class A { m() { a(this.x); list.forEach(function () { b(this.x); }); } }')).toBe(false);
    // Case: the hooks and methods of one Vue options object share one instance.
    expect(sameArguments('({ mounted() { a(this.onResize); }, methods: { stop() { b(this.onResize); } } })')).toBe(true);
    expect(sameArguments('({ mounted() { a(this.onResize); } }); ({ beforeUnmount() { b(this.onResize); } })')).toBe(false);
    // Vue options components: methods of one object literal share `this`.
    expect(sameArguments('export default { mounted() { a(this.onScroll); }, beforeUnmount() { b(this.onScroll); } };')).toBe(true);
    expect(sameArguments('export default { mounted() { a(this.onScroll); }, methods: { stop() { b(this.onScroll); } } };')).toBe(true);
    expect(sameArguments('const x = { m() { a(this.onScroll); } }; const y = { n() { b(this.onScroll); } };')).toBe(false);
  });

  it('matches consts of two methods read from the same member chain, not from calls', () => {
    expect(sameArguments('export default { mounted() { const tabs = this.$refs.tabs; a(tabs); }, beforeUnmount() { const tabs = this.$refs.tabs; b(tabs); } };')).toBe(true);
    expect(sameArguments('export default { mounted() { const el = this.$refs.tabs; a(el); }, beforeUnmount() { const box = this.$refs.tabs; b(box); } };')).toBe(true);
    expect(sameArguments('export default { mounted() { const tabs = this.$refs.tabs; a(tabs); }, beforeUnmount() { const tabs = this.$refs.list; b(tabs); } };')).toBe(false);
    expect(sameArguments("function x() { const el = document.createElement('a'); a(el); } function y() { const el = document.createElement('a'); b(el); }")).toBe(false);
    expect(sameArguments('function x() { let el = this.$refs.tabs; a(el); } function y() { let el = this.$refs.tabs; b(el); }')).toBe(false);
  });

  it('trusts the same call of an imported helper, never another call', () => {
    expect(sameArguments("import { getEvent } from './events'; a(getEvent()); b(getEvent());")).toBe(true);
    expect(sameArguments("import * as ev from './events'; a(ev.get('x')); b(ev.get('x'));")).toBe(true);
    expect(sameArguments("import { getEvent } from './events'; a(getEvent(1)); b(getEvent(2));")).toBe(false);
    expect(sameArguments('a(window.matchMedia(q)); b(window.matchMedia(q));')).toBe(false);
    expect(sameArguments('function getEvent() {} a(getEvent()); b(getEvent());')).toBe(false);
  });

  it('matches the loop variables of loops over the same iterable, at the same position', () => {
    expect(sameArguments('const es = []; for (const e of es) a(e); for (const x of es) b(x);')).toBe(true);
    expect(sameArguments('const es = []; es.forEach((e) => a(e)); es.forEach((x) => b(x));')).toBe(true);
    expect(sameArguments('const es = []; for (const [e, h] of es) a(h); for (const [x, y] of es) b(y);')).toBe(true);
    expect(sameArguments('const es = []; for (const [e, h] of es) a(h); for (const [x, y] of es) b(x);')).toBe(false);
    expect(sameArguments('const e1 = [], e2 = []; e1.forEach((e) => a(e)); e2.forEach((e) => b(e));')).toBe(false);
    expect(sameArguments('const es = []; for (const e of es) a(e); for (const { e } of es) b(e);')).toBe(false);
  });

  it('matches the loop variables of loops over Object.entries (keys, values) of the same object', () => {
    expect(sameArguments('const t = {}; for (const [e, h] of Object.entries(t)) a(h); for (const [x, y] of Object.entries(t)) b(y);')).toBe(true);
    expect(sameArguments('const t = {}; for (const k of Object.keys(t)) a(k); for (const j of Object.keys(t)) b(j);')).toBe(true);
    expect(sameArguments('const t = {}, u = {}; for (const [e, h] of Object.entries(t)) a(h); for (const [x, y] of Object.entries(u)) b(y);')).toBe(false);
    expect(sameArguments('const t = {}; for (const k of Object.keys(t)) a(k); for (const j of Object.values(t)) b(j);')).toBe(false);
    expect(sameArguments('const Object = { entries: () => [] }; const t = {}; for (const [e, h] of Object.entries(t)) a(h); for (const [x, y] of Object.entries(t)) b(y);')).toBe(false);
  });

  it('matches the loop variables of loops over values() / keys() / entries() of the same collection', () => {
    expect(sameArguments('const m = new Map(); for (const p of m.values()) a(p); for (const q of m.values()) b(q);')).toBe(true);
    expect(sameArguments('const m = new Map(); for (const [k, p] of m.entries()) a(p); for (const [j, q] of m.entries()) b(q);')).toBe(true);
    expect(sameArguments('const m = new Map(); for (const p of m.values()) a(p); for (const q of m.keys()) b(q);')).toBe(false);
    expect(sameArguments('const m = new Map(), n = new Map(); for (const p of m.values()) a(p); for (const q of n.values()) b(q);')).toBe(false);
    expect(sameArguments('const m = new Map(); for (const p of m.values(1)) a(p); for (const q of m.values(1)) b(q);')).toBe(false);
  });

  it('matches the second parameters (index, Map key) of two every-item callbacks over the same iterable', () => {
    expect(sameArguments('const m = new Map(); m.forEach((h, k) => a(k)); m.forEach((g, j) => b(j));')).toBe(true);
    expect(sameArguments('const m = new Map(); m.forEach((h, k) => a(k)); m.forEach((g, j) => b(g));')).toBe(false);
    expect(sameArguments('const m = new Map(), n = new Map(); m.forEach((h, k) => a(k)); n.forEach((g, j) => b(j));')).toBe(false);
    expect(sameArguments('function on(m) { m.forEach((h, k) => a(k)); } function off(m) { m.forEach((g, j) => b(j)); }')).toBe(true);
  });

  it('matches two consts initialised with the same call of an imported helper, never of a local function', () => {
    expect(sameArguments("import { unrefElement } from 'x'; function on(r) { const el = unrefElement(r); a(el); } function off(r) { const el = unrefElement(r); b(el); }")).toBe(true);
    expect(sameArguments("import { unrefElement } from 'x'; const r = 1, q = 2; function on() { const el = unrefElement(r); a(el); } function off() { const el = unrefElement(q); b(el); }")).toBe(false);
    expect(sameArguments('function make(r) { return {}; } const r = 1; function on() { const el = make(r); a(el); } function off() { const el = make(r); b(el); }')).toBe(false);
  });

  it('matches a const initialised with a call of an imported helper and the same call written in place', () => {
    expect(sameArguments("import { Peg } from 'x'; function on() { a(Peg.get()); } function off() { const cli = Peg.get(); b(cli); }")).toBe(true);
    expect(sameArguments("import { Peg } from 'x'; function on() { const cli = Peg.get(); a(cli); } function off() { b(Peg.get()); }")).toBe(true);
    expect(sameArguments("import { Peg } from 'x'; function on() { a(Peg.get()); } function off() { const cli = Peg.other(); b(cli); }")).toBe(false);
    expect(sameArguments("import { Peg } from 'x'; function on() { a(Peg.get(1)); } function off() { const cli = Peg.get(2); b(cli); }")).toBe(false);
    expect(sameArguments('const Peg = { get: () => ({}) }; function on() { a(Peg.get()); } function off() { const cli = Peg.get(); b(cli); }')).toBe(false);
    expect(sameArguments("import { Peg } from 'x'; function on() { a(Peg.get()); } function off() { let cli = Peg.get(); cli = other; b(cli); }")).toBe(false);
  });
});

describe('isSameValue: conditional expressions, prototype methods, sibling parameters', () => {
  it('matches the same conditional, logical and unary expressions of the same parts', () => {
    expect(sameArguments("a(window.PointerEvent ? 'pointermove' : 'mousemove'); b(window.PointerEvent ? 'pointermove' : 'mousemove');")).toBe(true);
    expect(sameArguments("a(window.PointerEvent ? 'pointerup' : 'mouseup'); b(window.PointerEvent ? 'pointerdown' : 'mousedown');")).toBe(false);
    expect(sameArguments('a(opts.capture || false); b(opts.capture || false);')).toBe(true);
    expect(sameArguments('a(opts.capture || false); b(opts.capture ?? false);')).toBe(false);
    expect(sameArguments('a(!useCapture); b(!useCapture);')).toBe(true);
  });

  it('takes `this` of two methods of one prototype object as one instance', () => {
    expect(sameArguments('const P = Object.create(HTMLElement.prototype);\nP.attachedCallback = function () { a(this); };\nP.detachedCallback = function () { b(this); };')).toBe(true);
    expect(sameArguments('const P = {}; const Q = {};\nP.attachedCallback = function () { a(this); };\nQ.detachedCallback = function () { b(this); };')).toBe(false);
  });

  it('takes parameters of one name of functions side by side as one value', () => {
    expect(sameArguments('const open = (id) => a(`data:${id}`);\nconst close = (id) => b(`data:${id}`);')).toBe(true);
    expect(sameArguments('const open = (id) => a(`data:${id}`);\nconst close = (key) => b(`data:${key}`);')).toBe(false);
  });
});

describe('isSameValue: a parameter of a local function that is only ever called', () => {
  it('is the value every call passes', () => {
    expect(sameArguments('const h = () => {}; const cleanup = (x: () => void) => { b(x); }; a(h); cleanup(h); if (done) cleanup(h);')).toBe(true);
    // A function declaration, the parameter at its position
    expect(sameArguments('const h = () => {}; function cleanup(y: number, x: () => void) { b(x); } a(h); cleanup(1, h);')).toBe(true);
    expect(sameArguments('const h = () => {}; function cleanup(y: () => void, x: () => void) { b(x); } a(h); cleanup(h, () => {});')).toBe(false);
  });

  it('is not when a call passes another value, passes none, or the function escapes', () => {
    expect(sameArguments('const h = () => {}; const g = () => {}; const cleanup = (x: () => void) => { b(x); }; a(h); cleanup(h); cleanup(g);')).toBe(false);
    expect(sameArguments('const h = () => {}; const cleanup = (x?: () => void) => { b(x); }; a(h); cleanup();')).toBe(false);
    expect(sameArguments('const h = () => {}; const cleanup = (x: () => void) => { b(x); }; a(h); cleanup(h); export { cleanup };')).toBe(false);
    expect(sameArguments('const h = () => {}; const cleanup = (x: () => void) => { b(x); }; a(h); cleanup(h); api.stop = cleanup;')).toBe(false);
    // Never called: nothing says what it is handed
    expect(sameArguments('const h = () => {}; const cleanup = (x: () => void) => { b(x); }; a(h);')).toBe(false);
  });
});

describe('isSameValue: consts destructured from the same value', () => {
  it('is the same property of the same value', () => {
    expect(sameArguments('function f(input: { source: string }) { { const { source } = input; a(source); } { const { source: s } = input; b(s); } }')).toBe(true);
  });

  it('is not another property, nor the same property of another value', () => {
    expect(sameArguments('function f(input: { source: string; sink: string }) { { const { source } = input; a(source); } { const { sink } = input; b(sink); } }')).toBe(false);
    expect(sameArguments('function f(input: { source: string }, other: { source: string }) { { const { source } = input; a(source); } { const { source } = other; b(source); } }')).toBe(false);
  });
});
