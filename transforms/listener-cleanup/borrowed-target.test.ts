import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isBorrowedByUnownedClass } from './borrowed-target';

/** Whether the object of the first `<x>.on(...)` call is one a class with no lifecycle was handed. */
function borrowed(code: string): boolean {
  const s = parseSnippet(code, 'tsx');
  const call = s.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'on');
  const callee = call.child((call.node as unknown as { callee: never }).callee, 'callee');
  const target = callee.child((callee.node as unknown as { object: never }).object, 'object');
  return isBorrowedByUnownedClass(target, resolveOwnerScope(call, { effectHooks: ['useEffect'] }), { effectHooks: ['useEffect'] });
}

describe('isBorrowedByUnownedClass', () => {
  it('matches an object a class with no disposal method got through its constructor or a method', () => {
    expect(borrowed('class A { constructor(private e: E) { this.e.on("x", h); } }')).toBe(true);
    expect(borrowed('class A { constructor(e) { this.e = e; } init() { this.e.on("x", h); } }')).toBe(true);
    expect(borrowed('class A { attach(session) { session.on("x", h); } }')).toBe(true);
    expect(borrowed('class A { private s = inject(S); init() { this.s.events.on("x", h); } }')).toBe(true);
  });

  it('matches when the file makes instances only where nothing ends them', () => {
    expect(borrowed('class A { constructor(e) { e.on("x", h); } static from(e) { return new A(e); } }')).toBe(true);
    expect(borrowed('class A { constructor(e) { e.on("x", h); } }\nexport const a = new A(bus);')).toBe(true);
  });

  it('does not match a class another class or a function of the file makes (one per event, all on one client)', () => {
    expect(borrowed('class A { constructor(e) { e.on("x", h); } }\nclass M { constructor(c) { c.on("p", () => new A(c)); } }')).toBe(false);
    expect(borrowed('class A { constructor(e) { e.on("x", h); } }\nexport function onPrompt(c) { return new A(c); }')).toBe(false);
  });

  it('does not match a class an owner of the file makes (the fix can give it a dispose())', () => {
    expect(borrowed('class A { constructor(e) { e.on("x", h); } }\nfunction useA(e) { useEffect(() => { const a = new A(e); }, [e]); }')).toBe(false);
  });

  it('does not match a class with a release place, a framework owner, or an object not handed in', () => {
    expect(borrowed('class A { constructor(e) { e.on("x", h); } dispose() {} }')).toBe(false);
    expect(borrowed('@Component({}) class A { constructor(private e: E) {} ngOnInit() { this.e.on("x", h); } }')).toBe(false);
    expect(borrowed('import { bus } from "./bus";\nclass A { constructor() { bus.on("x", h); } }')).toBe(false);
    expect(borrowed('class A { constructor() { window.on("x", h); } }')).toBe(false);
    expect(borrowed('class A { constructor() { this.e = new E(); this.e.on("x", h); } }')).toBe(false);
  });

  it('does not match outside a class', () => {
    expect(borrowed('function f(e) { e.on("x", h); }')).toBe(false);
  });
});
