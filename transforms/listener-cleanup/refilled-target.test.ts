import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall } from './listener-call';
import { findRefill } from './refilled-target';

/** Whether the target of the `.on(…)` registration in `code` was just filled (findRefill). */
function refilled(code: string): boolean {
  const s = parseSnippet(code, 'ts');
  const add = s.findAll((node) => node.type === 'CallExpression' || node.type === 'OptionalCallExpression').map(resolveListenerCall).find((c) => c?.role === 'add');
  if (!add?.target) throw new Error('no registration');
  return findRefill(add.target) !== null;
}

describe('findRefill', () => {
  it('sees a module variable filled by this run from a call, an awaited call, or a part of what a call returned', () => {
    expect(refilled("let s; function f() { s = io(); s.on('x', g); }")).toBe(true);
    expect(refilled("let s; async function f() { s = await start(); s.live?.socket?.on('x', g); }")).toBe(true);
    expect(refilled("let s; async function f() { const r = await tryCatch(connect()); s = r.data; s?.on('x', g); }")).toBe(true);
  });

  it('leaves a variable filled from a module value, from a local that is no call result, or not filled here', () => {
    expect(refilled("let s; function f() { s.on('x', g); }")).toBe(false);
    expect(refilled("let s; const shared = make(); function f() { s = shared.data; s.on('x', g); }")).toBe(false);
    expect(refilled("let s; function f(o: any) { const r = o; s = r.data; s.on('x', g); }")).toBe(false);
    expect(refilled("let s; function f() { s.on('x', g); s = io(); }")).toBe(false);
  });
});
