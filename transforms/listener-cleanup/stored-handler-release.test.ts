import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isReleasedThroughStore } from './stored-handler-release';

/** Whether the first registration in `code` is removed through what it stored. */
function released(code: string): boolean {
  const s = parseSnippet(code, 'ts');
  const calls = s.findAll((node: Node) => node.type === 'CallExpression').map(resolveListenerCall).filter((call): call is ListenerCall => call !== null);
  const add = calls.find((call) => call.role === 'add')!;
  return isReleasedThroughStore(add, calls.filter((call) => call.role === 'remove'));
}

const DRAG = (store: string, remove: string) => `function down(state) {\n  const move = () => {};\n  window.addEventListener('pointermove', move);\n  ${store}\n}\nfunction up(state) {\n  ${remove}\n}`;

describe('isReleasedThroughStore', () => {
  it('follows a handler stored under a property and removed from a property of that name', () => {
    expect(released(DRAG('state.onMove = move;', "window.removeEventListener('pointermove', state.onMove);"))).toBe(true);
    expect(released(DRAG('state.listeners.onMove = move;', "window.removeEventListener('pointermove', state.listeners.onMove!);"))).toBe(true);
    expect(released(DRAG('list.push({ type: "pointermove", onMove: move });', 'for (const e of list) window.removeEventListener(e.type, e.onMove);'))).toBe(true);
  });

  it('needs the store, the same property name, the same target and the same event', () => {
    expect(released(DRAG('', "window.removeEventListener('pointermove', state.onMove);"))).toBe(false);
    expect(released(DRAG('state.onMove = move;', "window.removeEventListener('pointermove', state.onUp);"))).toBe(false);
    expect(released(DRAG('state.onMove = move;', "document.removeEventListener('pointermove', state.onMove);"))).toBe(false);
    expect(released(DRAG('state.onMove = move;', "window.removeEventListener('pointerup', state.onMove);"))).toBe(false);
  });

  it('follows a handler pushed into an array and removed by an item read back from it by index', () => {
    const collected = (remove: string) => `const handlers = [];\nconst others = [];\nfunction bind(handler) {\n  const index = handlers.push(handler) - 1;\n  document.addEventListener('keydown', handler);\n  return index;\n}\nfunction unbind(index) {\n  ${remove}\n}`;
    expect(released(collected("document.removeEventListener('keydown', handlers[index]);"))).toBe(true);
    expect(released(collected("const h = handlers[index];\n  document.removeEventListener('keydown', h);"))).toBe(true);
    expect(released(collected("document.removeEventListener('keydown', others[index]);"))).toBe(false);
    expect(released(collected("document.removeEventListener('keyup', handlers[index]);"))).toBe(false);
    expect(released(collected("window.removeEventListener('keydown', handlers[index]);"))).toBe(false);
    expect(released(collected("document.removeEventListener('keydown', handlers.onKey);"))).toBe(false);
  });

  it('follows a handler kept in a per-object record and removed through it in another method of the class', () => {
    const record = (remove: string) => `class Textures {\n  add(texture) {\n    const data = this.get(texture);\n    data.onDispose = () => this.destroy(texture);\n    texture.addEventListener('dispose', data.onDispose);\n  }\n  destroy(texture) {\n    const data = this.get(texture);\n    ${remove}\n  }\n}`;
    expect(released(record("texture.removeEventListener('dispose', data.onDispose);"))).toBe(true);
    expect(released(record("texture.removeEventListener('dispose', data.onUpdate);"))).toBe(false);
    expect(released(record("texture.removeEventListener('update', data.onDispose);"))).toBe(false);
    expect(released(record("image.removeEventListener('dispose', data.onDispose);"))).toBe(false);
  });

  it('follows a handler kept in a map and read back from the same map, also through a local', () => {
    const map = (remove: string) => `class Manager {\n  #listeners = new Map();\n  #others = new Map();\n  attach(session) {\n    const listener = (event) => this.onAttached(session, event);\n    this.#listeners.set(session, listener);\n    session.on('attached', listener);\n  }\n  detach(session) {\n    ${remove}\n  }\n}`;
    expect(released(map("const listener = this.#listeners.get(session);\n    if (listener) session.off('attached', listener);"))).toBe(true);
    expect(released(map("session.off('attached', this.#listeners.get(session));"))).toBe(true);
    expect(released(map("session.off('attached', this.#others.get(session));"))).toBe(false);
    expect(released(map("const listener = this.#listeners.get(session);\n    session.off('detached', listener);"))).toBe(false);
  });

  it('counts a removal in a module function the class binds to its instance, not in another class', () => {
    const bound = (extra: string) => `class XR {\n  constructor() {\n    this._onEnd = onEnd.bind(this);\n  }\n  start(session) {\n    this._session = session;\n    session.addEventListener('end', this._onEnd);\n  }\n}\n${extra}`;
    expect(released(bound("function onEnd() {\n  const session = this._session;\n  session.removeEventListener('end', this._onEnd);\n}"))).toBe(true);
    expect(released(bound("function onEnd() {}\nfunction other(session) {\n  session.removeEventListener('end', this._onEnd);\n}"))).toBe(false);
    expect(released(bound("function onEnd() {}\nclass Other {\n  stop(session) {\n    session.removeEventListener('end', this._onEnd);\n  }\n}"))).toBe(false);
  });
});
