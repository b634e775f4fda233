import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveThisObject } from './this-object';

/** The first property name of the object `this` resolves to (the nth `this` of the code). */
const objectOf = (code: string, nth = 0) => {
  const s = parseSnippet(code);
  const self = s.findAll((node) => node.type === 'ThisExpression')[nth]!;
  const found = resolveThisObject(self);
  const first = found?.node.properties[0] as { key?: Node } | undefined;
  return found ? ((first?.key as { name?: string } | undefined)?.name ?? '?') : null;
};

describe('resolveThisObject', () => {
  it('finds the object through methods, function-valued properties and arrows', () => {
    expect(objectOf('({ a: 1, m() { this.x; } })')).toBe('a');
    expect(objectOf('({ a: 1, m: function () { this.x; } })')).toBe('a');
    expect(objectOf('({ a: 1, m() { list.forEach(() => this.x); } })')).toBe('a');
  });

  it('takes the outermost object for nested option objects (Vue methods, watch)', () => {
    const component = 'export default { name: "C", mounted() { this.t = 1; }, methods: { stop() { this.t; } } }';
    expect(objectOf(component, 0)).toBe('name');
    expect(objectOf(component, 1)).toBe('name');
  });

  it('stops at other functions, classes, computed keys and module code', () => {
    expect(objectOf('({ m() { list.forEach(function () { this.x; }); } })')).toBeNull();
    expect(objectOf('function f() { this.x; }')).toBeNull();
    expect(objectOf('class A { m() { this.x; } }')).toBeNull();
    expect(objectOf('({ m() { class B { n() { this.y; } } } })')).toBeNull();
    expect(objectOf('({ [this.x]() {} })')).toBeNull();
    expect(objectOf('this.x;')).toBeNull();
  });
});
