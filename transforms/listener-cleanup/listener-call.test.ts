import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { getRemoveMethod, resolveListenerCall } from './listener-call';

function calls(code: string) {
  const s = parseSnippet(code, 'tsx');
  return s.findAll((node: Node) => node.type === 'CallExpression' || node.type === 'OptionalCallExpression').map((path) => {
    const call = resolveListenerCall(path);
    if (!call) return null;
    const text = (p: { node: Node } | null) => (p ? code.slice(p.node.start!, p.node.end!) : null);
    return { family: call.family, role: call.role, method: call.method, target: text(call.target), event: text(call.event), handler: text(call.handler), options: text(call.options) };
  });
}

describe('resolveListenerCall', () => {
  it('reads DOM listeners on any target and the global functions', () => {
    expect(calls("window.addEventListener('resize', onResize, { passive: true }); el?.removeEventListener('click', h, true); addEventListener('focus', h);")).toEqual([
      { family: 'event-listener', role: 'add', method: 'addEventListener', target: 'window', event: "'resize'", handler: 'onResize', options: '{ passive: true }' },
      { family: 'event-listener', role: 'remove', method: 'removeEventListener', target: 'el', event: "'click'", handler: 'h', options: 'true' },
      { family: 'event-listener', role: 'add', method: 'addEventListener', target: null, event: "'focus'", handler: 'h', options: null },
    ]);
  });

  it('is not a project helper that shares the DOM name', () => {
    expect(calls("import { addEventListener } from './events'; addEventListener(window, 'online', update);")).toEqual([null]);
    expect(calls("function addEventListener() {} addEventListener('x', h);")).toEqual([null]);
  });

  it('reads emitter listeners with exactly two arguments', () => {
    expect(calls("process.on('SIGTERM', stop); bus.prependListener('x', h); bus.removeListener('x', h); $(el).on('click', '.row', h);").map((c) => c && `${c.family} ${c.role} ${c.target}`)).toEqual([
      'emitter-listener add process',
      'emitter-listener add bus',
      'emitter-listener remove bus',
      null,
      null,
    ]);
  });

  it('is not a query builder join condition', () => {
    expect(calls("db('a').leftJoin('b', function () { this.on('a.id', 'b.a_id').on(`a.x`, `b.x`); });")).toEqual([null, null, null, null]);
  });

  it('is not a project helper whose second argument is a literal, an object or an array', () => {
    expect(calls('scrollHelper.centerFocus.on(content, false); toggles.on(el, null); widget.on(el, { click: true }); group.on(el, [a, b]);')).toEqual([null, null, null, null]);
    expect(calls('inputManager.on(el, onInputCommand);').map((c) => c && `${c.family} ${c.handler}`)).toEqual(['emitter-listener onInputCommand']);
  });

  it('reads removals of every listener of an event, or of all events', () => {
    expect(calls("bus.off('open'); bus.off(); bus.removeAllListeners('x'); bus.removeAllListeners(); bus.removeListener('x'); bus.removeAllListeners('x', h);").map((c) => c && `${c.role} ${c.event} ${c.handler}`)).toEqual([
      "remove 'open' null",
      'remove null null',
      "remove 'x' null",
      'remove null null',
      null,
      null,
    ]);
  });

  it('reads media query listeners only on matchMedia results', () => {
    expect(calls("const mql = window.matchMedia(q); mql.addListener(h); matchMedia(q).removeListener(h); other.addListener(h);").map((c) => c && `${c.family} ${c.role}`)).toEqual([
      null,
      'media-query-listener add',
      'media-query-listener remove',
      null,
      null,
    ]);
  });

  it('reads fs.watchFile and fs.unwatchFile in their import forms', () => {
    const result = calls("import fs, { unwatchFile } from 'node:fs'; fs.watchFile(p, { interval: 100 }, onChange); unwatchFile(p); unwatchFile(p, onChange);");
    expect(result.map((c) => c && `${c.role} ${c.target} ${c.event} ${c.handler}`)).toEqual(['add fs p onChange', 'remove null p null', 'remove null p onChange']);
  });

  it('names the removal method of each registration', () => {
    const s = parseSnippet("a.on('x', h); a.addListener('x', h); a.addEventListener('x', h); matchMedia(q).addListener(h);");
    const removes = s.findAll((node: Node) => node.type === 'CallExpression').map(resolveListenerCall).filter((c) => c !== null).map((c) => getRemoveMethod(c!));
    expect(removes).toEqual(['off', 'removeListener', 'removeEventListener', 'removeListener']);
  });
});
