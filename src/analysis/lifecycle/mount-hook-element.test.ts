import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findBinding } from '../syntax/scope';
import { getPairedHookFunctions, isSameHookElement } from './mount-hook-element';

function elements(code: string): boolean {
  const snippet = parseSnippet(code);
  const a = snippet.identifier('el', 1);
  const b = snippet.identifier('el', 3);
  return isSameHookElement(findBinding(a, 'el')!, a, findBinding(b, 'el')!, b);
}

describe('mount hook elements', () => {
  it('pairs the first parameters of an acquire and a release hook of one object', () => {
    expect(elements('view({ onmount: (el) => el.x, onunmount: (el) => el.x });')).toBe(true);
    expect(elements('const d = { mounted(el) { el.x; }, unmounted(el) { el.x; } };')).toBe(true);
    expect(elements('const d = { bind(el) { el.x; }, unbind(el) { el.x; } };')).toBe(true);
  });

  it('does not pair hooks of different objects, two acquire hooks, or other parameters', () => {
    expect(elements('view({ onmount: (el) => el.x }); view({ onunmount: (el) => el.x });')).toBe(false);
    expect(elements('const d = { mounted(el) { el.x; }, updated(el) { el.x; } };')).toBe(false);
    expect(elements('view({ onmount: (a, el) => el.x, onunmount: (a, el) => el.x });')).toBe(false);
  });

  it('lists the paired release hooks', () => {
    const snippet = parseSnippet('view({ onmount: (el) => el.x, onclick: (el) => 1, onunmount: (el) => el.x });');
    const el = snippet.identifier('el', 1);
    expect(getPairedHookFunctions(findBinding(el, 'el')!, el).map((path) => (path.parentPath!.node as { key: { name: string } }).key.name)).toEqual(['onunmount']);
  });
});
