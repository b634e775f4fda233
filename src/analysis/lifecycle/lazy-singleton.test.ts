import type { Class } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import type { NodePath } from '../../core/traverse';
import { isLazySingletonClass } from './lazy-singleton';

function lazy(code: string, language: 'ts' | 'js' = 'ts'): boolean {
  const snippet = parseSnippet(code, language);
  return isLazySingletonClass(snippet.find((node) => node.type === 'ClassDeclaration') as NodePath<Class>);
}

describe('isLazySingletonClass', () => {
  it('a private constructor and a static accessor that stores its one new instance behind a check', () => {
    expect(lazy('class A { private static instance: A; private constructor() {} static get Instance() { return this.instance || (this.instance = new this()); } }')).toBe(true);
    expect(lazy('class A { private static i?: A; private constructor() {} static get() { return A.i ?? (A.i = new A()); } }')).toBe(true);
    expect(lazy('class A { private static i?: A; private constructor() {} static get() { return (A.i ??= new A()); } }')).toBe(true);
    expect(lazy('class A { private static i?: A; private constructor() {} static get() { if (!A.i) { A.i = new A(); } return A.i; } }')).toBe(true);
  });

  it('not when the constructor is public, a new instance is made unchecked, outside the class, or never', () => {
    expect(lazy('class A { private static instance: A; constructor() {} static get Instance() { return this.instance || (this.instance = new this()); } }')).toBe(false);
    expect(lazy('class A { private static last?: A; private constructor() {} static create() { A.last = new A(); return A.last; } }')).toBe(false);
    expect(lazy('class A { private static i?: A; private constructor() {} static get() { return A.i || (A.i = new A()); } static fresh() { return new this(); } }')).toBe(false);
    expect(lazy('class A { private static i?: A; private constructor() {} static get() { return A.i || (A.i = new A()); } }\nexport const extra = new A();')).toBe(false);
    expect(lazy('class A { private constructor() {} }')).toBe(false);
    expect(lazy('class A { static get Instance() { return this.instance || (this.instance = new this()); } }', 'js')).toBe(false);
  });
});
