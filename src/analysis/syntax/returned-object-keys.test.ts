import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findExportedFunction, getReturnedObjectKeys } from './returned-object-keys';

function keysOf(code: string, name = 'f'): string[] | null {
  const program = parseSnippet(code).ast.program;
  const fn = findExportedFunction(program, name);
  const keys = fn ? getReturnedObjectKeys(fn) : null;
  return keys ? [...keys].sort() : null;
}

describe('getReturnedObjectKeys', () => {
  it('keeps the keys every returned object literal writes out', () => {
    expect(keysOf('export async function f() { const agent = 1; return { agent, timeout: { socket: 1 } }; }')).toEqual(['agent', 'timeout']);
    expect(keysOf('export const f = () => ({ timeout: 1, "signal": s });')).toEqual(['signal', 'timeout']);
    expect(keysOf('export function f(a) { if (a) return { timeout: 1, x: 1 }; return { timeout: 2 }; }')).toEqual(['timeout']);
    // a nested function's return is not the function's
    expect(keysOf('export function f() { const g = () => { return 1; }; return { timeout: g() }; }')).toEqual(['timeout']);
  });

  it('follows a returned const of the function holding an object literal, unless it is deleted from or declared again', () => {
    expect(keysOf('export async function f(o) { const options = { method: o.type, timeout, signal: o.signal }; options.headers.x = 1; return options; }')).toEqual(['method', 'signal', 'timeout']);
    expect(keysOf('export function f() { const options = { timeout: 1 }; delete options.timeout; return options; }')).toBeNull();
    expect(keysOf('export function f() { let options = { timeout: 1 }; options = other; return options; }')).toBeNull();
    expect(keysOf('export function f() { const options = make(); return options; }')).toBeNull();
  });

  it('drops what a later spread may replace; unknown for another return or none', () => {
    expect(keysOf('export function f(o) { return { timeout: 1, ...o, signal: s }; }')).toEqual(['signal']);
    expect(keysOf('export function f(a) { if (a) return base; return { timeout: 1 }; }')).toBeNull();
    expect(keysOf('export function f() { return; }')).toBeNull();
    expect(keysOf('export function f() { make(); }')).toBeNull();
  });

  it('finds the export under its name: specifiers, default, not a re-export', () => {
    expect(keysOf('function g() { return { timeout: 1 }; }\nexport { g as f };')).toEqual(['timeout']);
    expect(keysOf('export default function () { return { timeout: 1 }; }', 'default')).toEqual(['timeout']);
    expect(keysOf("export { f } from './other';")).toBeNull();
    expect(keysOf('export let f = () => ({ timeout: 1 });')).toBeNull();
  });
});
