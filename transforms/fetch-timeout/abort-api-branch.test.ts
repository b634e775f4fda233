import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { findMissingAbortApiBranch } from './abort-api-branch';

/** `timeout any` flags of the branch around the first `fetch(…)` call, or `null`. */
function branch(code: string): string | null {
  const found = findMissingAbortApiBranch(parseSnippet(code).call('fetch'));
  return found ? `timeout:${found.timeout} any:${found.any}` : null;
}

describe('findMissingAbortApiBranch', () => {
  it('finds the branch for runtimes without AbortSignal.timeout, in each check form', () => {
    const lacksTimeout = 'timeout:true any:true';
    expect(branch("if (typeof AbortSignal.timeout === 'function') {} else { fetch(u); }")).toBe(lacksTimeout);
    expect(branch("if (typeof AbortSignal.timeout !== 'function') { fetch(u); }")).toBe(lacksTimeout);
    expect(branch("if (typeof AbortSignal.timeout == 'undefined') fetch(u);")).toBe(lacksTimeout);
    expect(branch("const r = 'timeout' in AbortSignal ? g() : fetch(u);")).toBe(lacksTimeout);
    expect(branch("if (!('timeout' in globalThis.AbortSignal)) fetch(u);")).toBe(lacksTimeout);
    expect(branch('const r = AbortSignal.timeout ? g() : fetch(u);')).toBe(lacksTimeout);
    expect(branch("if (typeof AbortSignal !== 'undefined' && 'timeout' in AbortSignal) {} else fetch(u);")).toBe(lacksTimeout);
    expect(branch('AbortSignal.timeout || fetch(u);')).toBe(lacksTimeout);
    // the else of `has && other` may run on an old runtime: no API there either
    expect(branch('if (AbortSignal.timeout && ready) {} else { fetch(u); }')).toBe(lacksTimeout);
    expect(branch('if (!AbortSignal.timeout) { const run = () => fetch(u); }')).toBe(lacksTimeout);
  });

  it('tells AbortSignal.any checks apart', () => {
    expect(branch("if (typeof AbortSignal.any === 'function') {} else { fetch(u); }")).toBe('timeout:false any:true');
  });

  it('ignores the branch for current runtimes, the test itself and unrelated checks', () => {
    expect(branch("if (typeof AbortSignal.timeout === 'function') { fetch(u); }")).toBeNull();
    expect(branch("if (!('timeout' in AbortSignal)) return; fetch(u);")).toBeNull();
    expect(branch('if (fetch(u)) {}')).toBeNull();
    expect(branch("if (typeof AbortController === 'function') {} else { fetch(u); }")).toBeNull();
    expect(branch("if (signal.timeout) {} else { fetch(u); }")).toBeNull();
  });
});
