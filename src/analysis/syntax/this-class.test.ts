import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveThisClass } from './this-class';

const classNameOf = (code: string, nth = 0) => {
  const s = parseSnippet(code);
  const self = s.findAll((node) => node.type === 'ThisExpression')[nth]!;
  const found = resolveThisClass(self);
  return found ? ((found.classPath.node as { id?: { name: string } }).id?.name ?? 'anonymous') : null;
};

describe('resolveThisClass', () => {
  it('finds the class through methods, arrows and field initialisers', () => {
    expect(classNameOf('class A { m() { this.x; } }')).toBe('A');
    expect(classNameOf('class A { m() { list.forEach(() => this.x); } }')).toBe('A');
    expect(classNameOf('class A { f = () => this.x; }')).toBe('A');
    expect(classNameOf('class A { t = this.x; }')).toBe('A');
    expect(classNameOf('class A { constructor() { this.x = 1; } }')).toBe('A');
  });

  it('stops at functions, static members and module code', () => {
    expect(classNameOf('class A { m() { list.forEach(function () { this.x; }); } }')).toBeNull();
    expect(classNameOf('class A { static m() { this.x; } }')).toBeNull();
    expect(classNameOf('class A { static t = this.x; }')).toBeNull();
    expect(classNameOf('this.x;')).toBeNull();
    expect(classNameOf('class A { m() { class B { n() { this.y; } } } }')).toBe('B');
  });
});
