import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { getConstructorBinding, isSamePrototype, resolveThisPrototype } from './this-prototype';

const prototypes = (code: string) => parseSnippet(code, 'js').findAll((node) => node.type === 'ThisExpression').map((path) => resolveThisPrototype(path));
/** The prototype of each `this.<one letter>` read, by that letter. */
const prototypesByField = (code: string) =>
  Object.fromEntries(
    parseSnippet(code, 'js')
      .findAll((node) => node.type === 'ThisExpression')
      .filter((path) => path.parent?.type === 'MemberExpression' && path.parent.property.type === 'Identifier' && path.parent.property.name.length === 1)
      .map((path) => [((path.parent as { property: { name: string } }).property.name), resolveThisPrototype(path)]),
  );

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

  it('sees a constructor through the one name the file gives it under a namespace', () => {
    const { a, b, c, d } = prototypesByField(`
      var ns = {};
      function Internal() { this.a = 1; }
      Internal.prototype.x = function () {};
      ns.Internal = Internal;
      ns.Internal.prototype.close = function () { return this.b; };
      function Other() {}
      ns.Twice = Internal;
      ns.Twice = Other;
      ns.Twice.prototype.close = function () { return this.c; };
      ns.Plain.prototype.close = function () { return this.d; };
    `);
    expect(a?.chain).toBe('Internal.prototype');
    expect(isSamePrototype(a!, b!)).toBe(true);
    // Assigned twice, or never from a constructor: the chain as written.
    expect(c?.chain).toBe('ns.Twice.prototype');
    expect(d?.chain).toBe('ns.Plain.prototype');
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

  it('gives a constructor function and its prototype methods one instance', () => {
    const { a, b, c, d, e } = prototypesByField(`
      function Ticker() {
        this.a = 1;
        var node = this;
        node.start = function () { this.b; };
        this.stop = function () { this.c; };
      }
      Ticker.prototype.close = function () { this.d; };
      const Other = function () { this.e; };
      new Other();
    `);
    expect(a?.chain).toBe('Ticker.prototype');
    for (const other of [b, c, d]) expect(isSamePrototype(a!, other!)).toBe(true);
    expect(e?.chain).toBe('Other.prototype');
    expect(isSamePrototype(a!, e!)).toBe(false);
  });

  it('is nothing for a function the file never names as a constructor, or an alias written again', () => {
    const found = prototypesByField(`
      function helper() { this.a; var self = this; self.m = function () { this.b; }; }
      function Shape() { var node = this; node = other; node.m = function () { this.c; }; }
      Shape.prototype.x = 1;
    `);
    expect(found.a).toBeNull();
    expect(found.b?.chain).toBe('self');
    expect(found.c?.chain).toBe('node');
  });
});

describe('getConstructorBinding', () => {
  const constructors = (code: string) =>
    parseSnippet(code, 'js')
      .findAll((node) => node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression')
      .map((path) => getConstructorBinding(path)?.name ?? null);

  it('is the name the file uses with new or .prototype, bound to that function', () => {
    expect(
      constructors(`
        function A() {}
        A.prototype.m = null;
        const B = function () {};
        const b = new B();
        function C() {}
        function scope() { function A() {} }
      `),
    ).toEqual(['A', 'B', null, null, null]);
  });
});
