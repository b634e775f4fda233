import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isOwnedByDisposer } from './disposer-owned';

/** Whether the object of the first `x.on(...)` call is owned by a disposer. */
function owned(code: string): boolean {
  const s = parseSnippet(code);
  const call = s.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'on');
  const callee = call.child((call.node as unknown as { callee: never }).callee, 'callee');
  return isOwnedByDisposer(callee.child((callee.node as unknown as { object: never }).object, 'object'));
}

describe('isOwnedByDisposer', () => {
  it('matches using declarations', () => {
    expect(owned('function f() { using e = new EventEmitter(); e.on("x", g); }')).toBe(true);
    expect(owned('async function f() { await using e = open(); e.on("x", g); }')).toBe(true);
  });

  it('matches what a DisposableStack-like container takes', () => {
    expect(owned('class A { #d = new DisposableStack(); m() { const e = this.#d.use(new EventEmitter()); e.on("x", g); } }')).toBe(true);
    expect(owned('class A { #subscriptions = make(); m() { const e = this.#subscriptions.use(new EventEmitter()); e.on("x", g); } }')).toBe(true);
    expect(owned('function f() { const s = new AsyncDisposableStack(); const e = s.adopt(open(), close); e.on("x", g); }')).toBe(true);
    expect(owned('class A { #d = new DisposableStack(); m() { this.#d.use(new EventEmitter()).on("x", g); } }')).toBe(true);
  });

  it('matches disposer helpers whose name says so', () => {
    expect(owned('class A { m() { const e = this._register(new EventEmitter()); e.on("x", g); } }')).toBe(true);
    expect(owned('function f() { const e = track(new EventEmitter()); e.on("x", g); }')).toBe(true);
  });

  it('does not match other use(...) calls, other registries or plain objects', () => {
    expect(owned('class A { app = express(); m() { const e = this.app.use(json()); e.on("x", g); } }')).toBe(false);
    expect(owned('function f(registry) { const e = registry.register(new EventEmitter()); e.on("x", g); }')).toBe(false);
    expect(owned('function f() { const e = new EventEmitter(); e.on("x", g); }')).toBe(false);
    expect(owned('function f() { let e = stack.use(a); e = other; e.on("x", g); }')).toBe(false);
  });
});
