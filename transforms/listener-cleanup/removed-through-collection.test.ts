import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isRemovedThroughCollection } from './removed-through-collection';

/** Whether the first registration in `code` is removed through the array its target was pushed into. */
function removed(code: string): boolean {
  const s = parseSnippet(code, 'ts');
  const calls = s.findAll((node: Node) => node.type === 'CallExpression').map(resolveListenerCall).filter((call): call is ListenerCall => call !== null);
  const add = calls.find((call) => call.role === 'add')!;
  return isRemovedThroughCollection(add, calls.filter((call) => call.role === 'remove'));
}

/** A function that collects each input it listens on, and one that removes through `removal`. */
const LOCAL = (push: string, removal: string) =>
  `function mount(root, onChange) {\n  const processed = [];\n  const other = [];\n  for (const input of root.querySelectorAll('input')) {\n    input.addEventListener('change', onChange);\n    ${push}\n  }\n  return () => {\n    ${removal}\n  };\n}`;

/** A class that collects the inputs in `this.processed` in mount() and removes through `removal` in dispose(). */
const CLASS = (removal: string) =>
  `class List {\n  processed = [];\n  other = [];\n  mount(root) {\n    for (const input of root.querySelectorAll('input')) {\n      input.addEventListener('change', this.onChange);\n      this.processed.push(input);\n    }\n  }\n  dispose() {\n    ${removal}\n  }\n}`;

describe('isRemovedThroughCollection', () => {
  it('follows the target into the array and the removal out of it (for-of, forEach)', () => {
    expect(removed(LOCAL('processed.push(input);', "for (const item of processed) item.removeEventListener('change', onChange);"))).toBe(true);
    expect(removed(LOCAL('processed.push(input);', "processed.forEach((item) => item.removeEventListener('change', onChange));"))).toBe(true);
  });

  it("follows an array kept on the instance into another method's loop", () => {
    expect(removed(CLASS("for (const item of this.processed) item.removeEventListener('change', this.onChange);"))).toBe(true);
    expect(removed(CLASS("this.processed.forEach((item) => item.removeEventListener('change', this.onChange));"))).toBe(true);
    expect(removed(CLASS("for (const item of this.other) item.removeEventListener('change', this.onChange);"))).toBe(false);
  });

  it('needs the same array, a whole item, the same event and the same handler', () => {
    // Nothing pushed, or pushed into another array than the loop reads.
    expect(removed(LOCAL('', "for (const item of processed) item.removeEventListener('change', onChange);"))).toBe(false);
    expect(removed(LOCAL('other.push(input);', "for (const item of processed) item.removeEventListener('change', onChange);"))).toBe(false);
    // An array of the same name that is another binding.
    expect(removed(LOCAL('processed.push(input);', "{ const processed = [...other]; for (const item of processed) item.removeEventListener('change', onChange); }"))).toBe(false);
    // A part of each item, another event, another handler, a new function written alike.
    expect(removed(LOCAL('processed.push(input);', "for (const [item] of processed) item.removeEventListener('change', onChange);"))).toBe(false);
    expect(removed(LOCAL('processed.push(input);', "for (const item of processed) item.removeEventListener('input', onChange);"))).toBe(false);
    expect(removed(LOCAL('processed.push(input);', "for (const item of processed) item.removeEventListener('change', onInput);"))).toBe(false);
    const inline = "function mount(root) {\n  const processed = [];\n  for (const input of root.querySelectorAll('input')) {\n    input.addEventListener('change', () => save());\n    processed.push(input);\n  }\n  return () => processed.forEach((item) => item.removeEventListener('change', () => save()));\n}";
    expect(removed(inline)).toBe(false);
  });
});
