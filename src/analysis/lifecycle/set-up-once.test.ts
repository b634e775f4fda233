import { describe, expect, it } from 'vitest';
import type { Class } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { parseSnippet } from '../../../test/helpers/ast';
import { isSetUpOnce } from './set-up-once';

const SET_UP = new Set(['constructor', 'ngOnInit']);

function check(code: string): boolean {
  const snippet = parseSnippet(code);
  const call = snippet.call('tick');
  const classPath = snippet.find((node) => node.type === 'ClassDeclaration') as NodePath<Class>;
  return isSetUpOnce(call, classPath, SET_UP);
}

describe('isSetUpOnce', () => {
  it('follows run-once callbacks, local functions and private methods from a set-up member', () => {
    expect(check('class S { constructor() { tick(); } }')).toBe(true);
    expect(check('class S { constructor() { ready.toPromise().then(() => { tick(); }); } }')).toBe(true);
    expect(check('class S { constructor() { setTimeout(() => tick()); } }')).toBe(true);
    expect(check("class S { constructor() { ready.then(async () => { const register = (type) => { tick(type); }; register('keydown'); register('keyup'); }); } }")).toBe(true);
    expect(check('class S { constructor() { setTimeout(() => this.init()); } private async init() { await load(); tick(); } }')).toBe(true);
    expect(check('class S { constructor() { this.#start(); } #start() { tick(); } }')).toBe(true);
  });

  it('stops at callbacks that run many times, loops, other methods and what others may call', () => {
    expect(check('class S { constructor() { changes$.subscribe(() => tick()); } }')).toBe(false);
    expect(check('class S { constructor() { for (const t of types) tick(t); } }')).toBe(false);
    expect(check('class S { constructor() { for (const t of types) ready.then(() => tick(t)); } }')).toBe(false);
    expect(check('class S { constructor() { const register = () => tick(); changes$.subscribe(register); } }')).toBe(false);
    expect(check('class S { constructor() { const register = () => tick(); on(() => register()); } }')).toBe(false);
    expect(check('class S { open() { tick(); } }')).toBe(false);
    // A public method, or a private one also called from elsewhere or passed on.
    expect(check('class S { constructor() { this.init(); } init() { tick(); } }')).toBe(false);
    expect(check('class S { constructor() { this.init(); } open() { this.init(); } private init() { tick(); } }')).toBe(false);
    expect(check('class S { constructor() { this.init(); changes$.subscribe(this.init); } private init() { tick(); } }')).toBe(false);
  });
});
