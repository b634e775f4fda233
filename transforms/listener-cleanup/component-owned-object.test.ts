import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { SingleFileComponent } from '../../src/core/rule';
import { isComponentOwnedObject } from './component-owned-object';

/** Whether the object of the first `<x>.on(...)` call is made and kept by the Svelte component only. */
function componentOwned(code: string, markup = '<p>hello</p>', module = false): boolean {
  const s = parseSnippet(code);
  const sfc = { kind: 'svelte', blocks: [{ start: 0, end: code.length + 1, lang: 'js', setup: false, module }], markup } as unknown as SingleFileComponent;
  const call = s.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'on');
  const callee = call.child((call.node as unknown as { callee: never }).callee, 'callee');
  return isComponentOwnedObject(callee.child((callee.node as unknown as { object: never }).object, 'object'), sfc);
}

const READY = 'let kept = $state(); const ready = () => { const made = new Thing(); made.on("x", h); kept = made; };';

describe('isComponentOwnedObject', () => {
  it('matches a made object kept only in an instance-script let', () => {
    expect(componentOwned(READY)).toBe(true);
    expect(componentOwned(`${READY} const use = () => { if (!kept) return; kept.go(); void kept; kept = null; };`)).toBe(true);
    expect(componentOwned(READY, '<!-- the kept thing --><p>{label}</p>')).toBe(true);
  });

  it('does not match an object handed out, named in the markup, or kept at module level', () => {
    expect(componentOwned(`${READY} const share = () => register(kept);`)).toBe(false);
    expect(componentOwned(`${READY} const get = () => kept;`)).toBe(false);
    expect(componentOwned(READY, '<Child thing={kept} />')).toBe(false);
    expect(componentOwned(READY, '<Child {kept} />')).toBe(false);
    expect(componentOwned(READY, '<p>hello</p>', true)).toBe(false);
    expect(componentOwned('let kept = $state(); const ready = (t) => { const made = t; made.on("x", h); kept = made; };')).toBe(false);
    expect(componentOwned('const ready = () => { const made = new Thing(); made.on("x", h); };')).toBe(false);
  });
});
