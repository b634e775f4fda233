import { parse } from '@babel/parser';
import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { traverse, walk, type NodePath, type Visitors } from './traverse';

const SOURCE = `
import { a } from './a';
class C extends B { async m(x = f()) { for (const y of g(x)) { while (true) { await h?.(y, new D()); } } } }
const run = async () => { let z = obj.method(a).then((r) => r.x); do { z = k(z) } while (z); };
label: for (;;) { switch (q) { case 1: p(); break; default: { const w = r() ?? s(); } } }
export default function* gen() { yield* t(\`\${u()}\`); }
`;

/** Every path's chain, written out: node type, key and index of each ancestor up to the root. */
const chain = (path: NodePath): string => {
  const parts: string[] = [];
  for (let p: NodePath | null = path; p; p = p.parentPath) parts.push(`${p.node.type}.${p.key}[${p.index}]`);
  return parts.join(' < ');
};

describe('traverse', () => {
  it('hands each visitor the same paths, in the same order, as a walk that makes a path for every node', () => {
    const ast = parse(SOURCE, { sourceType: 'module', plugins: ['typescript'] }) as unknown as Node;
    const selected = ['CallExpression', 'OptionalCallExpression', 'NewExpression', 'ExpressionStatement', 'VariableDeclarator', 'WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForOfStatement'];
    const expected: string[] = [];
    walk(
      ast,
      (path) => {
        if (selected.includes(path.node.type)) expected.push(`enter ${chain(path)}`);
      },
      (path) => {
        if (path.node.type === 'Program' || path.node.type === 'CallExpression') expected.push(`exit ${chain(path)}`);
      },
    );
    const seen: string[] = [];
    const pathOf = new Map<Node, NodePath>();
    // One path per node: a node's own visitors, enter and exit, and every descendant's chain meet the same object.
    const remember = (path: NodePath): void => {
      for (let p: NodePath | null = path; p; p = p.parentPath) {
        const known = pathOf.get(p.node);
        if (known) expect(known).toBe(p);
        else pathOf.set(p.node, p);
      }
    };
    const visitors: Visitors = Object.fromEntries(
      selected.map((type) => [
        type,
        (path: NodePath) => {
          remember(path);
          seen.push(`enter ${chain(path)}`);
        },
      ]),
    );
    visitors['CallExpression:exit'] = (path) => {
      remember(path);
      seen.push(`exit ${chain(path)}`);
    };
    // A second rule's visitors for a type the first one watches too: each gets the same path.
    const second: NodePath[] = [];
    traverse(ast, [visitors, { CallExpression: (path) => void second.push(path), 'Program:exit': (path) => (remember(path), seen.push(`exit ${chain(path)}`)) }]);
    expect(seen).toEqual(expected);
    expect(seen.filter((line) => line.startsWith('enter CallExpression')).length).toBe(second.length);
    for (const path of second) expect(pathOf.get(path.node)).toBe(path);
  });
});
