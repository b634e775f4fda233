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
});
