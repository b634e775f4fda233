import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isCollectedChild } from './collected-child';

/** Whether the first registration of `code` is on a child kept in, and taken out of, a collection on `this`. */
function collected(code: string): boolean {
  const snippet = parseSnippet(code, 'js');
  const add = snippet
    .findAll((node: Node) => node.type === 'CallExpression')
    .map(resolveListenerCall)
    .find((call): call is ListenerCall => call !== null && call.role === 'add');
  return isCollectedChild(add!);
}

describe('isCollectedChild', () => {
  it('matches a child made here, stored in a collection on this and taken out of it', () => {
    expect(collected('class A { get(o) { const c = this.make(o); c.on("x", h); this.clients.set(o, c); } drop(o) { this.clients.delete(o); } }')).toBe(true);
    expect(collected('class A { get(o) { let d; d = this.make(o).on("x", h).on("y", g); this.clients.set(o, { count: 0, d }); } drop(o) { this.clients.delete(o); } }')).toBe(true);
    expect(collected('class A { add(o) { const p = new Pool(o); this[kAddClient](p); p.on("x", h); } remove(p) { this[kRemoveClient](p); } }')).toBe(true);
    expect(collected('class A { accept(r) { const s = new S(r); this.sockets.push(s); s.on("close", () => { this.sockets = this.sockets.filter((o) => o !== s); }); } }')).toBe(true);
  });

  it('does not match a collection that only grows, or is only made', () => {
    expect(collected('class A { constructor() { this.clients = new Map(); } get(o) { const c = this.make(o); c.on("x", h); this.clients.set(o, c); } }')).toBe(false);
    expect(collected('class A { add(o) { const p = new Pool(o); this[kAddClient](p); p.on("x", h); } }')).toBe(false);
  });

  it('does not match a child handed in, a collection not on this, or code outside a class', () => {
    expect(collected('class A { adopt(c) { c.on("x", h); this.clients.set(c.id, c); } drop(id) { this.clients.delete(id); } }')).toBe(false);
    expect(collected('const all = new Set();\nclass A { get(o) { const c = new C(o); c.on("x", h); all.add(c); } drop(c) { all.delete(c); } }')).toBe(false);
    expect(collected('function get(o, clients) { const c = new C(o); c.on("x", h); clients.add(c); clients.delete(c); }')).toBe(false);
  });

  it('matches a collection whose every child the class closes', () => {
    expect(collected('class A { start() { const s = dgram.createSocket("udp4"); s.on("message", h); s.bind(0, () => { this.servers.push(s); }); } close() { this.servers.forEach((server) => server.close()); this.servers = []; } }')).toBe(true);
    expect(collected('class A { open(o) { const w = new Worker(o); w.on("error", h); this.workers.push(w); } stop() { for (const w of this.workers) { w.terminate(); } } }')).toBe(true);
  });

  it('does not take a loop that does not close the child, or closes another collection', () => {
    expect(collected('class A { start() { const s = dgram.createSocket("udp4"); s.on("message", h); this.servers.push(s); } close() { this.servers.forEach((server) => log(server)); } }')).toBe(false);
    expect(collected('class A { start() { const s = dgram.createSocket("udp4"); s.on("message", h); this.servers.push(s); } close() { this.clients.forEach((c) => c.close()); } }')).toBe(false);
  });
});
