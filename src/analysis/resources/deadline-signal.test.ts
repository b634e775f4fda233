import { describe, expect, it } from 'vitest';
import type { RuntimeTarget } from '../../core/rule';
import { buildDeadlineSignal } from './deadline-signal';

const modern: RuntimeTarget = { abortSignalTimeout: true, abortSignalAny: true, source: 'test' };
const noAny: RuntimeTarget = { abortSignalTimeout: true, abortSignalAny: false, source: 'test' };
const hermes: RuntimeTarget = { abortSignalTimeout: false, abortSignalAny: false, source: 'test' };
const signal = { expression: 'signal', narrowed: 'signal', mayBeUndefined: false };
const optional = { expression: 'init?.signal', narrowed: 'init.signal', mayBeUndefined: true };

describe('buildDeadlineSignal', () => {
  it('merges each of two signals that may be missing only when it is there (a node-fetch Request beside an optional one)', () => {
    const request = { expression: 'request.signal', narrowed: 'request.signal', mayBeUndefined: true };
    expect(buildDeadlineSignal({ timeout: '10_000', signals: [request, optional], target: modern })).toEqual({
      ok: true,
      text: 'request.signal ? (init?.signal ? AbortSignal.any([request.signal, init.signal, AbortSignal.timeout(10_000)]) : AbortSignal.any([request.signal, AbortSignal.timeout(10_000)])) : (init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(10_000)]) : AbortSignal.timeout(10_000))',
      isConditional: true,
      usedHelpers: [],
    });
  });

  it('is a plain timeout without a signal in scope', () => {
    expect(buildDeadlineSignal({ timeout: '10_000', signals: [], target: modern })).toEqual({
      ok: true,
      text: 'AbortSignal.timeout(10_000)',
      isConditional: false,
      usedHelpers: [],
    });
  });

  it('merges with a signal in scope', () => {
    const built = buildDeadlineSignal({ timeout: 'T', signals: [signal], target: modern });
    expect(built.ok && built.text).toBe('AbortSignal.any([signal, AbortSignal.timeout(T)])');
  });

  it('guards a signal that may be undefined', () => {
    const built = buildDeadlineSignal({ timeout: 'T', signals: [optional], target: modern });
    expect(built.ok && built.text).toBe('init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(T)]) : AbortSignal.timeout(T)');
    expect(built.ok && built.isConditional).toBe(true);
  });

  it('keeps defined signals on both branches of the guard', () => {
    const built = buildDeadlineSignal({ timeout: 'T', signals: [signal, optional], target: modern });
    expect(built.ok && built.text).toBe(
      'init?.signal ? AbortSignal.any([signal, init.signal, AbortSignal.timeout(T)]) : AbortSignal.any([signal, AbortSignal.timeout(T)])',
    );
  });

  it('uses helpers where the target lacks the API', () => {
    const built = buildDeadlineSignal({ timeout: 'T', signals: [signal], target: hermes, helpers: { timeout: 'timeoutSignal', any: 'anySignal' } });
    expect(built).toEqual({ ok: true, text: 'anySignal([signal, timeoutSignal(T)])', isConditional: false, usedHelpers: ['timeout', 'any'] });
    const withoutSignal = buildDeadlineSignal({ timeout: 'T', signals: [], target: noAny, helpers: { any: 'anySignal' } });
    expect(withoutSignal).toEqual({ ok: true, text: 'AbortSignal.timeout(T)', isConditional: false, usedHelpers: [] });
  });

  it('says which API is missing when no helper is configured', () => {
    expect(buildDeadlineSignal({ timeout: 'T', signals: [], target: hermes })).toEqual({ ok: false, missing: 'AbortSignal.timeout' });
    expect(buildDeadlineSignal({ timeout: 'T', signals: [signal], target: noAny })).toEqual({ ok: false, missing: 'AbortSignal.any' });
    expect(buildDeadlineSignal({ timeout: 'T', signals: [], target: noAny })).toMatchObject({ ok: true });
  });
});
