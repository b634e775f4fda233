import type { CallExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { callsHandedCompletion, emitsOwnDestroyEnd, settlesEnclosingPromise } from './settles-promise';

const settles = (code: string, timer = 'setTimeout') => settlesEnclosingPromise(parseSnippet(code, 'ts').call(timer) as NodePath<CallExpression>);

describe('settlesEnclosingPromise', () => {
  it('accepts a timer that settles the executor it is written in', () => {
    expect(settles('new Promise<void>((resolve) => { mark(); requestAnimationFrame(() => resolve()); });', 'requestAnimationFrame')).toBe(true);
    expect(settles('new Promise((ok) => { prepare(); setTimeout(ok, 30); });')).toBe(true);
    expect(settles('new Promise((ok, fail) => { setTimeout(() => { if (late) fail(new Error()); else ok(1); }, 5); });')).toBe(true);
    // Nested in a listener the executor adds
    expect(settles("new Promise((ok) => { el.addEventListener('x', () => { setTimeout(ok, 5); }); });")).toBe(true);
  });

  it('rejects timers that settle nothing of theirs', () => {
    expect(settles('setTimeout(() => resolve(), 5);')).toBe(false);
    expect(settles('new Promise((ok) => { setTimeout(() => render(), 5); ok(); });')).toBe(false);
    // The callback rebinds the name: another function
    expect(settles('new Promise((ok) => { setTimeout((ok: () => void) => ok(), 5); });')).toBe(false);
    // A nearer function's parameter shadows the executor's
    expect(settles('new Promise((ok) => { list.forEach((ok) => { setTimeout(() => ok(), 5); }); });')).toBe(false);
    // Only calls count, not other uses
    expect(settles('new Promise((ok) => { setTimeout(() => { log(ok); }, 5); });')).toBe(false);
  });

  it('takes a timer that calls the completion callback handed in last', () => {
    const handed = (code: string) => callsHandedCompletion(parseSnippet(code, 'ts').call('setTimeout') as NodePath<CallExpression>);
    expect(handed('class C { error(code, message, cb) { this.send(code); if (cb) { setTimeout(cb, 1); } } close() {} }')).toBe(true);
    expect(handed('class C { read(key, done) { const v = this.map.get(key); setTimeout(() => done(null, v)); } close() {} }')).toBe(true);
    // Work handed in first or in the middle is the owner's to run later: still a finding
    expect(handed('class C { schedule(job, ms) { setTimeout(job, ms); } close() {} }')).toBe(false);
    expect(handed('class C { later(fn, ms, label) { setTimeout(fn, ms); } close() {} }')).toBe(false);
    // Run after a real delay: work, not the deferral of a completion
    expect(handed('class C { remind(note) { setTimeout(note, 5000); } close() {} }')).toBe(false);
    expect(handed('class C { read(key, done) { setTimeout(() => done(null, 1), 100); } close() {} }')).toBe(false);
    // A callback that shadows the name calls its own parameter
    expect(handed('class C { read(key, done) { setTimeout((done) => done(), 5); } close() {} }')).toBe(false);
  });

  it('leaves a timer whose callback starts its own function again (a loop that runs on)', () => {
    const handed = (code: string) => callsHandedCompletion(parseSnippet(code, 'ts').call('setTimeout') as NodePath<CallExpression>);
    expect(handed('class C { run(done) { setTimeout(() => { this.step(); done(); this.run(done); }, 0); } close() {} }')).toBe(false);
    expect(handed('function pump(done) { setTimeout(() => { done(); pump(done); }); }')).toBe(false);
    expect(handed('const o = { tick(cb) { setTimeout(() => { cb(); this.tick(cb); }, 1); } };')).toBe(false);
  });

  it("takes a no-delay timer in an object's installed destroy that only emits its end event", () => {
    const ends = (code: string) => emitsOwnDestroyEnd(parseSnippet(code, 'ts').call('setTimeout') as NodePath<CallExpression>);
    expect(ends('class S { open() { const stream = new Readable(); stream.destroy = () => { setTimeout(() => { stream.emit("close"); }, 0); return stream; }; return stream; } close() {} }')).toBe(true);
    expect(ends('class S { open() { const s = make(); s._destroy = function () { setTimeout(() => s.emit("finish")); }; } close() {} }')).toBe(true);
    // Another object's event, more work, a real delay, or not the object's destroy: still findings
    expect(ends('class S { open() { const a = make(); const b = make(); a.destroy = () => { setTimeout(() => b.emit("close"), 0); }; } close() {} }')).toBe(false);
    expect(ends('class S { open() { const s = make(); s.destroy = () => { setTimeout(() => { s.emit("close"); this.flush(); }, 0); }; } close() {} }')).toBe(false);
    expect(ends('class S { open() { const s = make(); s.destroy = () => { setTimeout(() => s.emit("close"), 500); }; } close() {} }')).toBe(false);
    expect(ends('class S { open() { const s = make(); s.pause = () => { setTimeout(() => s.emit("close"), 0); }; } close() {} }')).toBe(false);
    expect(ends('class S { open() { const s = make(); s.destroy = () => { setTimeout(() => s.emit("data", 1), 0); }; } close() {} }')).toBe(false);
  });
});
