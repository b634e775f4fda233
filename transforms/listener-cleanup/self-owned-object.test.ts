import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isSelfOwnedObject } from './self-owned-object';

/** Whether the object of the first `<x>.on(...)` call is made and kept by its class only. */
function selfOwned(code: string): boolean {
  const s = parseSnippet(code);
  const call = s.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'on');
  const callee = call.child((call.node as unknown as { callee: never }).callee, 'callee');
  return isSelfOwnedObject(callee.child((callee.node as unknown as { object: never }).object, 'object'));
}

describe('isSelfOwnedObject', () => {
  it('matches a local the class makes and stores only on this', () => {
    expect(selfOwned('class A { m() { const r = new R(); this._r = r; r[k] = this; r.on("x", h); } n() { this._r.send(); } }')).toBe(true);
    expect(selfOwned('class A { #p; m() { const p = new R(); this.#p = p; p.on("x", h); } }')).toBe(true);
    expect(selfOwned('class A { m() { const r = new R(); this._r = r; r.on("x", h); } t(v) { if (this._r) this._r.v = v; return !this._r || this._r === null; } }')).toBe(true);
    expect(selfOwned('class A { constructor() { this._r = null; } m() { const r = new R(); this._r = r; r.on("x", h); } close() { this._r = undefined; } }')).toBe(true);
  });

  it('matches a this field made with new and only used through its members', () => {
    expect(selfOwned('class A { events = new E(); m() { this.events.on("x", h); } n() { this.events.emit("x"); } }')).toBe(true);
    expect(selfOwned('class A { m() { this.events = new E(); this.events.on("x", h); } }')).toBe(true);
    expect(selfOwned('class A { events?: E; m() { this.events = new E(); this.events.on("x", h); } n() { this.events!.emit("x"); (this.events as E).emit("y"); } }')).toBe(true);
    expect(selfOwned('class A { m() { this.events = new E(); this.events.on("x", h); } n(v) { if (v && this.events) this.events.last = v; while (!v || this.events) v = 1; } }')).toBe(true);
  });

  it('does not match objects handed out, exposed or made elsewhere', () => {
    expect(selfOwned('class A { m(s) { const r = new R(); this._r = r; s.add(r); r.on("x", h); } }')).toBe(false);
    expect(selfOwned('class A { m() { const r = new R(); this._r = r; r.on("x", h); } get r() { return this._r; } }')).toBe(false);
    expect(selfOwned('class A { m() { const r = new R(); this._r = r; r.on("x", h); } n() { return this._r; } }')).toBe(false);
    expect(selfOwned('class A { m(e) { this.events = e; this.events.on("x", h); } }')).toBe(false);
    expect(selfOwned('class A { events = new E(); m() { this.events.on("x", h); } n() { use(this.events); } }')).toBe(false);
    expect(selfOwned('class A { events = new E(); m() { this.events.on("x", h); } n() { use(this.events!); } }')).toBe(false);
    expect(selfOwned('class A { m() { const r = new R(); this._r = r; r.on("x", h); } n() { return this._r || fallback; } }')).toBe(false);
    expect(selfOwned('class A { m() { const r = new R(); this._r = r; r.on("x", h); } n() { return this._r ? this._r : null; } }')).toBe(false);
    expect(selfOwned('class A { m() { this.events = new E(); this.events.on("x", h); } n(v) { return v && this.events; } }')).toBe(false);
    expect(selfOwned('const bus = new E(); class A { m() { bus.on("x", h); } }')).toBe(false);
    expect(selfOwned('class A { m() { const r = new R(); r.on("x", h); } }')).toBe(false);
  });
});
