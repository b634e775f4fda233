import { describe, expect, it } from 'vitest';
import { findSignalInScope } from '../../src/analysis/resources/signal-in-scope';
import { parseSnippet } from '../../test/helpers/ast';
import { classifyOwnSignal } from './own-signal';

/** The signal in scope at `wait()` in `body`, classified. */
const classify = (body: string, params = '') => {
  const s = parseSnippet(`async function f(${params}) {\n${body}\n  wait();\n}\n`);
  const at = s.call('wait');
  return classifyOwnSignal(findSignalInScope(at)!, at);
};

describe('classifyOwnSignal', () => {
  it('outside: a signal the function was given', () => {
    expect(classify('', 'signal: AbortSignal')).toBe('outside');
    expect(classify('', 'options: { signal?: AbortSignal }')).toBe('outside');
  });

  it('self-aborted: the code aborts its controller in its own flow or a timer', () => {
    expect(classify('  const ac = new AbortController();\n  ac.abort();')).toBe('self-aborted');
    expect(classify('  const ac = new AbortController();\n  setTimeout(() => ac.abort(), 10);')).toBe('self-aborted');
    expect(classify('  const ac = new AbortController();\n  const { signal } = ac;\n  setImmediate(() => ac.abort());')).toBe('self-aborted');
  });

  it('released: aborted from a returned cleanup or an event listener', () => {
    expect(classify('  const controller = new AbortController();\n  res.on("close", () => controller.abort());')).toBe('released');
    expect(classify('  const controller = new AbortController();\n  const signal = controller.signal;\n  if (x) return () => controller.abort();')).toBe('released');
  });

  it('never-aborted and own-deadline', () => {
    expect(classify('  const ac = new AbortController();')).toBe('never-aborted');
    expect(classify('  const { signal } = new AbortController();')).toBe('never-aborted');
    expect(classify('  const signal = AbortSignal.timeout(300);')).toBe('own-deadline');
  });
});
