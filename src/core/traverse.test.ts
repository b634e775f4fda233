import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSource } from '../engine/parse';
import { forEachDescendantPath, forEachMatchingDescendantPath, traverse, walk, type NodePath, type Visitors } from './traverse';

const SOURCE = `
import { a } from 'a';
export class Box extends Base {
  #timer = setInterval(() => tick(), 1000);
  constructor(private readonly el: HTMLElement) { super(); el.addEventListener('click', this.onClick); }
  async load(url: string): Promise<void> {
    for (const item of await fetch(url).then((r) => r.json())) { if (item) new Worker(item); else continue; }
    label: while (true) { try { await a(); } catch { break label; } finally { void 0; } }
  }
}
const f = function* () { yield* [1, 2, 3]; };
switch (f().next().value) { case 1: { let x = 1; x++; } default: throw new Error(\`\${a}\`); }
`;

/** A path's chain as (type, key, index) from the path up to the root. */
function chainOf(path: NodePath): string {
  const parts: string[] = [];
  for (let p: NodePath | null = path; p; p = p.parentPath) parts.push(`${p.node.type}.${p.key}.${p.index}`);
  return parts.join(' < ');
}

describe('traverse', () => {
  it('hands every visitor the paths walk makes, in the same order, one path per node', () => {
    const ast = parseSource(SOURCE, { language: 'ts', sourceType: 'module' });
    const types = ['CallExpression', 'NewExpression', 'ForOfStatement', 'BreakStatement', 'Identifier'];
    const expected: string[] = [];
    walk(
      ast,
      (path) => {
        if (types.includes(path.node.type)) expected.push(`enter ${chainOf(path)}`);
      },
      (path) => {
        if (path.node.type === 'ClassMethod' || path.node.type === 'Program') expected.push(`exit ${chainOf(path)}`);
      },
    );

    const seen: string[] = [];
    const pathOfNode = new Map<Node, NodePath>();
    /** Every path of a chain must be the one path of its node. */
    const check = (path: NodePath): void => {
      for (let p: NodePath | null = path; p; p = p.parentPath) {
        const known = pathOfNode.get(p.node);
        if (known) expect(known).toBe(p);
        else pathOfNode.set(p.node, p);
      }
    };
    const visitors: Visitors = {
      'ClassMethod:exit': (path) => {
        check(path);
        seen.push(`exit ${chainOf(path)}`);
      },
      'Program:exit': (path) => {
        check(path);
        seen.push(`exit ${chainOf(path)}`);
      },
    };
    for (const type of types) {
      visitors[type] = (path) => {
        check(path);
        seen.push(`enter ${chainOf(path)}`);
      };
    }
    // Two rules' visitors of one type are called in the rules' order.
    const order: string[] = [];
    traverse(ast, [visitors, { NewExpression: () => order.push('first') }, { NewExpression: () => order.push('second') }]);
    expect(seen).toEqual(expected);
    expect(seen.length).toBeGreaterThan(20);
    expect(order).toEqual(['first', 'second', 'first', 'second']);
  });

  it('gives a path its container, key and index', () => {
    const ast = parseSource('f(a, b);\n', { language: 'ts', sourceType: 'module' });
    const found: NodePath[] = [];
    traverse(ast, [{ Identifier: (path) => void found.push(path) }]);
    expect(found.map((p) => [p.key, p.index, p.container?.length ?? null])).toEqual([
      ['callee', null, null],
      ['arguments', 0, 2],
      ['arguments', 1, 2],
    ]);
    expect(found[1]!.parentPath).toBe(found[2]!.parentPath);
    expect(found[0]!.parentPath).toBe(found[1]!.parentPath);
  });
});

describe('forEachMatchingDescendantPath', () => {
  it('calls enter for the nodes forEachDescendantPath would hand it, in the same order, one path per node, and honours false', () => {
    const ast = parseSource(SOURCE, { language: 'ts', sourceType: 'module' });
    let start: NodePath | null = null;
    walk(ast, (path) => {
      if (!start && path.node.type === 'ClassDeclaration') start = path;
    });
    const from = start!;
    const matches = (node: Node): boolean => node.type === 'Identifier' || node.type === 'CallExpression' || node.type === 'ForOfStatement';
    // `false` for a `for…of`: its body is not walked.
    const decide = (path: NodePath): boolean | void => (path.node.type === 'ForOfStatement' ? false : undefined);
    const expected: string[] = [];
    forEachDescendantPath(from, (path) => {
      if (!matches(path.node)) return undefined;
      expected.push(chainOf(path));
      return decide(path);
    });
    const seen: string[] = [];
    const pathOfNode = new Map<Node, NodePath>();
    forEachMatchingDescendantPath(from, matches, (path) => {
      seen.push(chainOf(path));
      for (let p: NodePath | null = path; p; p = p.parentPath) {
        const known = pathOfNode.get(p.node);
        if (known) expect(known).toBe(p);
        else pathOfNode.set(p.node, p);
      }
      // The chain goes on through the path the walk started from.
      expect(path.findParent((p) => p === from)).toBe(from);
      return decide(path);
    });
    expect(seen).toEqual(expected);
    expect(seen.length).toBeGreaterThan(15);
    expect(seen.some((chain) => chain.startsWith('ForOfStatement'))).toBe(true);
  });
});
