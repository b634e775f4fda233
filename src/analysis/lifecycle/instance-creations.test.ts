import type { Class } from '@babel/types';
import { describe, expect, it } from 'vitest';
import type { NodePath } from '../../core/traverse';
import { parseSnippet } from '../../../test/helpers/ast';
import { describeInstanceCreations, findInstanceCreations } from './instance-creations';

function classPath(code: string): NodePath<Class> {
  return parseSnippet(code).find((node) => node.type === 'ClassDeclaration' || node.type === 'ClassExpression') as NodePath<Class>;
}

describe('findInstanceCreations', () => {
  it('finds the file-local `new` of the class, at module level or in functions', () => {
    const code = 'class Store {}\nexport const store = new Store();\nfunction make() {\n  return new Store();\n}';
    expect(findInstanceCreations(classPath(code)).map((c) => [c.line, c.atModuleLevel])).toEqual([
      [2, true],
      [4, false],
    ]);
  });

  it('follows `const X = class {}` and ignores shadowing names and other classes', () => {
    expect(findInstanceCreations(classPath('const Store = class {};\nnew Store();')).map((c) => c.line)).toEqual([2]);
    expect(findInstanceCreations(classPath('class Store {}\nfunction f(Store) { return new Store(); }\nnew Other();'))).toEqual([]);
  });
});

describe('findInstanceCreations: made once on first use (lazy-singleton.ts)', () => {
  const lazy = (code: string) => findInstanceCreations(classPath(code)).map((c) => c.lazySingleton);

  it('takes a guarded static member, `this.` in a static method, and a module-level variable', () => {
    expect(lazy('class S { static instance; static get() { if (!S.instance) S.instance = new S(); return S.instance; } }')).toEqual([true]);
    expect(lazy('class S { static i; static get() { if (S.i == null) { S.i = new S(); } return S.i; } }')).toEqual([true]);
    expect(lazy('class S { static i; static get() { return (this.i ??= new S()); } }')).toEqual([true]);
    expect(lazy('class S {}\nlet s;\nexport function get() { return s || (s = new S()); }')).toEqual([true]);
    expect(lazy('class S {}\nlet s;\nexport const get = () => s ?? (s = new S());')).toEqual([true]);
  });

  it('refuses an unguarded or differently guarded assignment, a local variable, `this.` outside a static method, or a loop', () => {
    expect(lazy('class S { static i; static make() { S.i = new S(); return S.i; } }')).toEqual([false]);
    expect(lazy('class S {}\nlet done = false;\nlet s;\nexport function get() { if (!done) s = new S(); return s; }')).toEqual([false]);
    expect(lazy('class S {}\nexport function get() { let s; if (!s) s = new S(); return s; }')).toEqual([false]);
    expect(lazy('class S { i; get() { if (!this.i) this.i = new S(); return this.i; } }')).toEqual([false]);
    expect(lazy('class S {}\nlet s;\nexport function all(xs) { for (const x of xs) s ??= new S(); }')).toEqual([false]);
    expect(lazy('class S {}\nexport const s = new S();')).toEqual([false]);
  });
});

describe('describeInstanceCreations', () => {
  it('says where the instances are made, or that none is made here', () => {
    expect(describeInstanceCreations(classPath('class Store {}\nexport const store = new Store();'))).toBe(
      'Store has no disposal method, and unleak adds none that nothing would call; it is created at line 2 (module level).',
    );
    expect(describeInstanceCreations(classPath('export class Store {}'))).toBe(
      'Store has no disposal method, and unleak adds none that nothing would call; no `new Store(` in this file creates it.',
    );
    expect(describeInstanceCreations(classPath('class S {}\nnew S();\nnew S();\nnew S();\nnew S();'))).toBe(
      'S has no disposal method, and unleak adds none that nothing would call; it is created at lines 2 (module level), 3 (module level), 4 (module level) and 1 more.',
    );
  });
});

