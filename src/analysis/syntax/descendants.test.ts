import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import type { NodePath } from '../../core/traverse';
import { findDescendantPath, forEachDescendant } from './descendants';
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

describe('findDescendantPath', () => {
  it('finds the path of a node below the root, with a parent chain through the root', () => {
    const s = parseSnippet('function f() { const g = () => 1; }');
    const program = s.find((node) => node.type === 'Program');
    const arrow = s.find((node) => node.type === 'ArrowFunctionExpression').node;
    const found = findDescendantPath(program, arrow);
    expect(found?.node).toBe(arrow);
    expect(found?.parent?.type).toBe('VariableDeclarator');
    expect(found && [...found.ancestors()].at(-1)?.node.type).toBe(s.ast.type);
    expect(findDescendantPath(program, program.node)).toBe(program);
  });

  it('returns null for a node outside the subtree', () => {
    const s = parseSnippet('function f() {}\nfunction g() {}');
    const [f, g] = s.findAll((node) => node.type === 'FunctionDeclaration');
    expect(findDescendantPath(f!, g!.node)).toBeNull();
  });

  it('finds every node of a file with the same path as the walk from the root (it descends only through ranges that hold the node)', () => {
    const s = parseSnippet('class A {\n  @dec() m(x = () => [1, { y }]) { return x; }\n}\nexport default function f(a: number, { b }: T) { if (a) { g(`${b}`); } }');
    const program = s.find((node) => node.type === 'Program');
    const all = s.findAll((node) => node.type !== 'File' && node.type !== 'Program');
    expect(all.length).toBeGreaterThan(30);
    const keysOf = (path: NodePath | null): string => (path ? [path, ...path.ancestors()].map((p) => `${p.key}:${p.index}`).join('/') : 'none');
    for (const path of all) expect(keysOf(findDescendantPath(program, path.node))).toBe(keysOf(path));
  });

  it('still finds a node that lies outside its parent\'s source range', () => {
    const s = parseSnippet('function f() { g(1); }');
    const program = s.find((node) => node.type === 'Program');
    const call = s.find((node) => node.type === 'CallExpression');
    const literal = s.find((node) => node.type === 'NumericLiteral').node;
    // Positions a parser could give a node it moved (a decorator, a parenthesized or reset start).
    call.node.end = literal.start!;
    expect(findDescendantPath(program, literal)?.parent).toBe(call.node);
  });
});
