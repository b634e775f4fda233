import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall } from './listener-call';
import { isMatchingListenerRelease } from './listener-release-match';

/** Whether the first removal in `code` undoes its first registration. */
function released(code: string): boolean {
  const s = parseSnippet(code, 'tsx');
  const listenerCalls = s.findAll((node: Node) => node.type === 'CallExpression').map(resolveListenerCall).filter((c) => c !== null);
  const add = listenerCalls.find((c) => c!.role === 'add');
  const remove = listenerCalls.find((c) => c!.role === 'remove');
  if (!add || !remove) throw new Error('no pair');
  return isMatchingListenerRelease(add, remove);
}

describe('isMatchingListenerRelease', () => {
  it('needs the same target, event type and handler', () => {
    expect(released("const h = () => {}; window.addEventListener('resize', h); window.removeEventListener('resize', h);")).toBe(true);
    expect(released("const h = () => {}; window.addEventListener('resize', h); globalThis.removeEventListener('resize', h);")).toBe(true);
    expect(released("const h = () => {}; addEventListener('resize', h); window.removeEventListener('resize', h);")).toBe(true);
    expect(released("const h = () => {}; window.addEventListener('resize', h); document.removeEventListener('resize', h);")).toBe(false);
    expect(released("const h = () => {}; window.addEventListener('resize', h); window.removeEventListener('scroll', h);")).toBe(false);
    expect(released("const h1 = () => {}, h2 = () => {}; window.addEventListener('resize', h1); window.removeEventListener('resize', h2);")).toBe(false);
  });

  it('never matches an inline function, a .bind() or a second call of a non-imported function', () => {
    expect(released("window.addEventListener('resize', () => {}); window.removeEventListener('resize', () => {});")).toBe(false);
    expect(released("class A { m() { document.addEventListener('k', this.k.bind(this)); } n() { document.removeEventListener('k', this.k.bind(this)); } }")).toBe(false);
    expect(released("window.matchMedia(q).addEventListener('change', h); window.matchMedia(q).removeEventListener('change', h);")).toBe(false);
    expect(released("import { getEvent } from './e'; document.addEventListener(getEvent(), h); document.removeEventListener(getEvent(), h);")).toBe(true);
  });

  it('matches lists of event names that name the same events, in any order', () => {
    expect(released("const h = () => {}; bus.on(['open', 'close'], h); bus.off(['open', 'close'], h);")).toBe(true);
    expect(released("const OPEN = 'open'; const h = () => {}; bus.on([OPEN, 'close'], h); bus.off(['close', 'open'], h);")).toBe(true);
    expect(released("bus.on(['open', 'close'], () => {}); bus.off(['open', 'close']);")).toBe(true);
    expect(released("const h = () => {}; bus.on(['open', 'close'], h); bus.off(['open'], h);")).toBe(false);
    expect(released("const h = () => {}; bus.on(['open', 'close'], h); bus.off(['open', 'open'], h);")).toBe(false);
    expect(released("const h = () => {}; bus.on([...names], h); bus.off([...names], h);")).toBe(false);
  });

  it('counts an emitter removal without a handler for every listener of its event', () => {
    expect(released("bus.on('open', () => {}); bus.off('open');")).toBe(true);
    expect(released("bus.on('open', () => {}); bus.removeAllListeners('open');")).toBe(true);
    expect(released("bus.on('open', () => {}); bus.removeAllListeners();")).toBe(true);
    expect(released("bus.on('open', () => {}); bus.off('close');")).toBe(false);
    expect(released("bus.on('open', () => {}); other.off('open');")).toBe(false);
  });

  it('compares the capture flag, ignoring passive and once', () => {
    const pair = (add: string, remove: string) => released(`const h = () => {}; const options = { capture: true }; window.addEventListener('x', h${add}); window.removeEventListener('x', h${remove});`);
    expect(pair('', '')).toBe(true);
    expect(pair(', false', '')).toBe(true);
    expect(pair(', { passive: true, once: true }', ', false')).toBe(true);
    expect(pair(', true', ', { capture: true }')).toBe(true);
    expect(pair(', { capture: true }', ', options')).toBe(true);
    expect(pair(', { capture: options.capture }', ', true')).toBe(true);
    expect(pair(', true', '')).toBe(false);
    expect(pair('', ', true')).toBe(false);
    expect(pair(', { capture: true }', ', { capture: false }')).toBe(false);
    expect(pair(', options', '')).toBe(false);
    expect(pair(', opts', ', opts')).toBe(true);
    expect(pair(', { capture: flag }', ', { capture: flag }')).toBe(true);
    expect(pair(', { capture: flag }', ', true')).toBe(false);
  });

  it('pairs emitters, media queries and watched files by their arguments', () => {
    expect(released("process.on('SIGTERM', stop); process.off('SIGTERM', stop);")).toBe(true);
    expect(released("process.addListener('SIGTERM', stop); process.removeListener('SIGINT', stop);")).toBe(false);
    expect(released('const mql = matchMedia(q); mql.addListener(h); mql.removeListener(h);')).toBe(true);
    expect(released("import fs from 'fs'; fs.watchFile(p, h); fs.unwatchFile(p);")).toBe(true);
    expect(released("import fs from 'fs'; fs.watchFile(p, h); fs.unwatchFile(p, other);")).toBe(false);
    expect(released("import fs from 'fs'; fs.watchFile(p, h); fs.unwatchFile(q, h);")).toBe(false);
  });
});
