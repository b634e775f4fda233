import { VISITOR_KEYS } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { CHILD_KEYS, PARSE_ORDER } from './child-keys';
import { parseSource } from '../engine/parse';
import { forEachChildNode } from './traverse';
import type { Node } from '@babel/types';

describe('CHILD_KEYS', () => {
  it("is the installed @babel/types' VISITOR_KEYS with the parse-order overrides (regenerate after a babel upgrade)", () => {
    const expected = Object.fromEntries(Object.keys({ ...VISITOR_KEYS, ...PARSE_ORDER }).sort().map((type) => [type, PARSE_ORDER[type] ?? VISITOR_KEYS[type]!]));
    expect(Object.fromEntries(Object.entries(CHILD_KEYS).sort(([a], [b]) => (a < b ? -1 : 1)))).toEqual(expected);
  });

  it('reorders only what the parser creates in another order: the same keys as VISITOR_KEYS', () => {
    for (const [type, keys] of Object.entries(PARSE_ORDER)) expect([...keys].sort(), type).toEqual([...VISITOR_KEYS[type]!].sort());
  });

  it("visits every child a node holds, in the order of the node's own keys", () => {
    const code = [
      "'use strict';",
      'label: for (const x of xs) { switch (x) { case 1: f(`a${x}b`); break; } }',
      'export const y = <div>{x}</div>;',
      '@decorate class A<T> extends B<T> implements C { m(): void {} }',
      'g<string>(1, 2);',
    ].join('\n');
    const ast = parseSource(code, { language: 'tsx', sourceType: 'module' } as never) as unknown as Node;
    const ownOrder = (node: Node): Node[] => {
      const children: Node[] = [];
      for (const [key, value] of Object.entries(node)) {
        if (['leadingComments', 'trailingComments', 'innerComments', 'comments', 'tokens', 'errors', 'loc', 'extra'].includes(key)) continue;
        for (const item of Array.isArray(value) ? value : [value]) if (item && typeof item === 'object' && typeof item.type === 'string') children.push(item);
      }
      return children;
    };
    const check = (node: Node): void => {
      const visited: Node[] = [];
      forEachChildNode(node, (child) => visited.push(child));
      expect(visited, node.type).toEqual(ownOrder(node));
      for (const child of visited) check(child);
    };
    check(ast);
  });
});
