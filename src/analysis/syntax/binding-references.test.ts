import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findBindingReferences } from './binding-references';
import { findBinding } from './scope';

/** The text around each reference to the first-declared `name`: `res.body`, `f(res)`. */
function referencesOf(code: string, name: string, from: 'declaration' | 'program' = 'declaration'): string[] {
  const s = parseSnippet(code);
  const declaration = s.identifier(name);
  const binding = findBinding(declaration, name)!;
  const at = from === 'program' ? s.find((node) => node.type === 'Program') : declaration;
  return findBindingReferences(at, binding).map((path) => {
    const parent = path.parent!;
    return code.slice(parent.start!, parent.end!);
  });
}

describe('findBindingReferences', () => {
  it('finds reads and writes in the scope, nested callbacks included, in source order', () => {
    expect(referencesOf('let res = a(); res = b(); use(res.body); on(() => close(res));', 'res')).toEqual(['res = b()', 'res.body', 'close(res)']);
  });

  it('skips property keys, member names and shadowing bindings', () => {
    expect(referencesOf('const res = a(); x.res; ({ res: 1 }); function f(res) { g(res); } h(res);', 'res')).toEqual(['h(res)']);
  });

  it('skips the name of a private field that shares the spelling', () => {
    expect(referencesOf('const parser = a(); class A { #parser; m() { this.#parser = parser; } }', 'parser')).toEqual(['this.#parser = parser']);
  });

  it('finds the references of a callback parameter from a path above the callback', () => {
    expect(referencesOf('fetch(url).then((res) => res.json());', 'res', 'program')).toEqual(['res.json']);
  });
});
