import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isWeakMapRecordListener } from './weak-map-record';

/** Whether the first registration of `code` is added once per key with the key's WeakMap record. */
function record(code: string): boolean {
  const snippet = parseSnippet(code, 'js');
  const add = snippet
    .findAll((node: Node) => node.type === 'CallExpression')
    .map(resolveListenerCall)
    .find((call): call is ListenerCall => call !== null && call.role === 'add');
  return isWeakMapRecordListener(add!);
}

const guarded = (register: string, map = 'new WeakMap()') =>
  `const cache = ${map};\nfunction get(t) { let d = cache.get(t); if (d === undefined) { d = { v: 0 }; ${register} cache.set(t, d); } return d; }`;

describe('isWeakMapRecordListener', () => {
  it('matches a listener added in the branch that makes the key entry, holding only the record', () => {
    expect(record(guarded('t.addEventListener("dispose", () => { d.v++; });'))).toBe(true);
    expect(record(guarded('const on = () => { d.v++; }; t.renderTarget.addEventListener("dispose", on);'))).toBe(true);
    expect(record(guarded('t.on("dispose", function () { this.v++; });'))).toBe(true);
  });

  it('does not match a handler that holds this or an unknown function, or a Map', () => {
    expect(record(`class A { m(t) { let d = cache.get(t); if (!d) { d = {}; t.on("x", () => this.f(t)); cache.set(t, d); } } }\nconst cache = new WeakMap();`)).toBe(false);
    expect(record(guarded('t.addEventListener("dispose", onDispose);'))).toBe(false);
    expect(record(guarded('t.addEventListener("dispose", () => { d.v++; });', 'new Map()'))).toBe(false);
  });

  it('does not match a listener added on every call, or with no guard reading the WeakMap', () => {
    expect(record('const cache = new WeakMap();\nfunction get(t) { const d = {}; t.on("x", () => d.v++); cache.set(t, d); }')).toBe(false);
    expect(record('const cache = new WeakMap();\nfunction get(t, fresh) { if (fresh) { const d = {}; t.on("x", () => d.v++); cache.set(t, d); } }')).toBe(false);
  });
});
