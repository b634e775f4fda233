import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import type { NodePath } from '../../core/traverse';
import { isFunctionNode } from '../syntax/scope';
import { hasRescheduleExit } from './reschedule-exit';

/** The function around the n-th `callee(...)` call, and that call. */
function exitOf(code: string, callee: string, nth = 0): boolean {
  const call = parseSnippet(code).call(callee, nth);
  let fn: NodePath | null = call.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  return hasRescheduleExit(fn!, call);
}

describe('hasRescheduleExit', () => {
  it('sees a return under a test (NextChat: the signal or a flag)', () => {
    expect(exitOf('function a() { if (finished || controller.signal.aborted) { flush(); return; } step(); requestAnimationFrame(a); }', 'requestAnimationFrame')).toBe(true);
    expect(exitOf('const poll = () => { if (!running) return; tick(); setTimeout(poll, 100); };', 'setTimeout')).toBe(true);
  });

  it('sees a rescheduling call that runs only under a test', () => {
    expect(exitOf('function step(t) { draw(t); if (t < end) requestAnimationFrame(step); }', 'requestAnimationFrame')).toBe(true);
    expect(exitOf('function poll() { tick(); running && setTimeout(poll, 100); }', 'setTimeout')).toBe(true);
  });

  it('sees signal.throwIfAborted()', () => {
    expect(exitOf('function poll() { signal.throwIfAborted(); tick(); setTimeout(poll, 100); }', 'setTimeout')).toBe(true);
  });

  it('finds no exit in a loop that always reschedules', () => {
    expect(exitOf('function frame() { draw(); requestAnimationFrame(frame); }', 'requestAnimationFrame')).toBe(false);
    expect(exitOf('function poll() { fetch(url, { signal }).then(show); setTimeout(poll, 100); }', 'setTimeout')).toBe(false);
  });
});
