import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isSamePrototype, resolveThisPrototype } from './this-prototype';

const prototypes = (code: string) => parseSnippet(code, 'js').findAll((node) => node.type === 'ThisExpression').map((path) => resolveThisPrototype(path));

describe('resolveThisPrototype', () => {
  it('names the object a function expression is assigned to as a method', () => {
    const [a, b, c] = prototypes(`
      const proto = Object.create(HTMLDivElement.prototype);
      proto.attachedCallback = function () { this.a = 1; };
      proto.detachedCallback = function () { setTimeout(() => this.b, 1); };
      Widget.prototype.render = function () { return this.c; };
    `);
    expect(a?.chain).toBe('proto');
    expect(isSamePrototype(a!, b!)).toBe(true);
    expect(c?.chain).toBe('Widget.prototype');
    expect(isSamePrototype(a!, c!)).toBe(false);
  });

  it('tells the same name bound to two objects apart', () => {
    const [a, b] = prototypes(`
      function one() { const proto = {}; proto.a = function () { this.x; }; }
      function two() { const proto = {}; proto.b = function () { this.x; }; }
    `);
    expect(a?.chain).toBe('proto');
    expect(isSamePrototype(a!, b!)).toBe(false);
  });

  it('is nothing for other functions and for an instance own property', () => {
    expect(
      prototypes(`
        function f() { this.a; }
        const o = { m() { this.b; } };
        this.onTick = function () { this.c; };
        proto[key] = function () { this.d; };
        proto.m = function () { function inner() { this.e; } };
      `),
    ).toEqual([null, null, null, null, null, null]);
  });
});
