import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { forEachDescendant } from './descendants';
import { findBinding } from './scope';

describe('forEachDescendant', () => {
  it('visits descendants in source order with parent chains reaching the root', () => {
    const s = parseSnippet('const id = 1;\nfunction f() { g(id); }');
    const fn = s.find((node) => node.type === 'FunctionDeclaration');
    const names: string[] = [];
    forEachDescendant(fn, (path) => {
      if (path.node.type === 'Identifier') names.push(path.node.name);
    });
    expect(names).toEqual(['f', 'g', 'id']);
    let reference: unknown = null;
    forEachDescendant(fn, (path) => {
      if (path.node.type === 'Identifier' && path.node.name === 'id') reference = findBinding(path, 'id')?.kind;
    });
    // The lookup from inside the walk sees the module scope above the walk's root.
    expect(reference).toBe('const');
  });

  it('skips the children of a node when told to', () => {
    const s = parseSnippet('a(() => b());');
    const seen: string[] = [];
    forEachDescendant(s.find((node) => node.type === 'Program'), (path) => {
      if (path.node.type === 'Identifier') seen.push(path.node.name);
      return path.node.type !== 'ArrowFunctionExpression';
    });
    expect(seen).toEqual(['a']);
  });
});
