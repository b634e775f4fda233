import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { matchUnsettledPromise } from './match';

/** The kind matched at the first `new Promise(…)` (or `Promise.withResolvers()`) of the snippet. */
function kindOf(code: string): string | null {
  const snippet = parseSnippet(code, 'ts');
  const path = snippet.findAll((node) => node.type === 'NewExpression' || (node.type === 'CallExpression' && code.slice(node.callee.start!, node.callee.end!) === 'Promise.withResolvers'))[0]!;
  return matchUnsettledPromise(path)?.kind ?? null;
}

describe('matchUnsettledPromise', () => {
  it('matches each shape', () => {
    expect(kindOf("async function f(e) { await new Promise((r) => e.once('x', r)); }")).toBe('event');
    expect(kindOf("function f(p) { return new Promise((r) => fs.readFile(p, (err, d) => { if (!err) r(d); })); }")).toBe('callback');
    expect(kindOf('function f(t) { return new Promise((r) => { try { r(JSON.parse(t)); } catch (e) { log(e); } }); }')).toBe('swallowing-try');
    expect(kindOf('async function f(signal) { await new Promise((r) => setTimeout(r, 10)); }')).toBe('sleep');
    expect(kindOf("let done; const p = new Promise((r) => (done = r)); bus.on('x', () => done());")).toBe('deferred');
    expect(kindOf("const { promise, resolve } = Promise.withResolvers(); bus.on('x', () => resolve());")).toBe('deferred');
  });

  it('needs someone to wait: a dropped or void promise is not matched', () => {
    expect(kindOf("new Promise((r) => e.once('x', r));")).toBe(null);
    expect(kindOf("void new Promise((r) => e.once('x', r));")).toBe(null);
    expect(kindOf("const p = new Promise((r) => e.once('x', r));")).toBe('event');
  });

  it('leaves waits with a way out alone', () => {
    expect(kindOf("async function f() { await Promise.race([new Promise((r) => e.once('x', r)), t]); }")).toBe(null);
    expect(kindOf("async function f() { const p = new Promise((r) => e.once('x', r)); await Promise.any([p, t]); }")).toBe(null);
    expect(kindOf("async function f() { await new Promise((r, j) => { e.once('x', r); e.once('error', j); }); }")).toBe(null);
    expect(kindOf("async function f() { await new Promise((r) => { e.once('x', r); e.once('close', () => r(null)); setTimeout(r, 9); }); }")).toBe(null);
    expect(kindOf("async function f() { await new Promise((r) => process.once('SIGINT', r)); }")).toBe(null);
    // A child process's 'close' comes after its exit, or after 'error' when it cannot start.
    expect(kindOf("import { spawn } from 'node:child_process';\nasync function f() { await new Promise<void>((r) => { const child = spawn('wineserver', ['--wait']); child.on('close', () => r()); }); }")).toBe(null);
    expect(kindOf("const cp = require('child_process');\nfunction which(x) { return new Promise((r) => { const child = cp.spawn('which', [x]); child.stdout.on('data', (d) => r(String(d))); child.on('close', () => r(null)); }); }")).toBe(null);
    // Not a child process, or not its 'close': still a wait with no way out.
    expect(kindOf("async function f(open) { await new Promise((r) => { const child = open(); child.on('close', () => r()); }); }")).toBe('event');
    expect(kindOf("import { spawn } from 'node:child_process';\nasync function f() { await new Promise((r) => { const child = spawn('x'); child.stdout.on('data', r); }); }")).toBe('event');
    // No signal in scope: a sleep always ends.
    expect(kindOf('async function f() { await new Promise((r) => setTimeout(r, 10)); }')).toBe(null);
  });

  it('tells a callback whose error branch settles or falls through from one that hangs', () => {
    expect(kindOf("function f(p) { return new Promise((r) => g(p, (err, d) => { if (err) { log(err); return; } r(d); })); }")).toBe('callback');
    expect(kindOf("function f(p) { return new Promise((r) => g(p, (err, d) => { if (err) log(err); else r(d); })); }")).toBe('callback');
    expect(kindOf("function f(p) { return new Promise((r) => g(p, (err, d) => { if (err) log(err); r(d); })); }")).toBe(null);
    expect(kindOf("function f(p) { return new Promise((r) => g(p, (err, d) => { if (err) r(null); else r(d); })); }")).toBe(null);
    expect(kindOf("function f(p) { return new Promise((r) => g(p, (err, d) => { if (err) throw err; r(d); })); }")).toBe(null);
  });

  it('does not take a deferred that is also settled elsewhere for one resolved only by an event', () => {
    expect(kindOf("let done; const p = new Promise((r) => (done = r)); bus.on('x', () => done()); finish(done);")).toBe(null);
    expect(kindOf("let done; const p = new Promise((r) => (done = r)); bus.on('error', () => done());")).toBe(null);
    expect(kindOf('let done; const p = new Promise((r) => (done = r)); later(() => done());')).toBe(null);
  });
});
