/**
 * Behavioural proof for the `abortableSleep` helper loop-cancellation adds to browser code:
 * the helper as the rule writes it (taken from a fixture's output, so the test follows the
 * rule) is loaded and run with real timers and a real AbortSignal. Ended by its timer or by
 * the signal, it resolves, leaves no timer running and no listener on the signal.
 */
import fs from 'node:fs';
import { getEventListeners } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../src/runtime/testing/verify';

const OUTPUT = path.resolve(__dirname, '../../__testfixtures__/loop-cancellation/sleep-helper-after-imports.output.js');

type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

function loadHelper(): Sleep {
  const text = fs.readFileSync(OUTPUT, 'utf8');
  const start = text.indexOf('function abortableSleep(');
  const end = text.indexOf('\n}\n', start) + 2;
  expect(start, 'the fixture output holds the helper').toBeGreaterThan(0);
  return new Function(`${text.slice(start, end)}\nreturn abortableSleep;`)() as Sleep;
}

describe('loop-cancellation: the abortableSleep helper at run time', () => {
  const abortableSleep = loadHelper();

  it('waits its time, then leaves no listener on the signal and no timer', async () => {
    const controller = new AbortController();
    const leaks = await findLeaks(async () => {
      const started = Date.now();
      await abortableSleep(30, controller.signal);
      expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    });
    expect(leaks).toEqual([]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('ends at once when the signal aborts, and clears its timer', async () => {
    const controller = new AbortController();
    const leaks = await findLeaks(async () => {
      const started = Date.now();
      const sleeping = abortableSleep(60_000, controller.signal);
      setTimeout(() => controller.abort(), 10);
      await sleeping;
      expect(Date.now() - started).toBeLessThan(5_000);
    });
    expect(leaks).toEqual([]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('resolves at once for a signal already aborted, and without one waits its time', async () => {
    const leaks = await findLeaks(async () => {
      await abortableSleep(60_000, AbortSignal.abort());
      await abortableSleep(5);
    });
    expect(leaks).toEqual([]);
  });

  it('a sleep of the input form leaves its timer running when the loop is stopped (the leak the helper ends)', async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const leaks = await findLeaks(async () => {
      void new Promise((resolve) => (timer = setTimeout(resolve, 60_000)));
    }, { timeoutMs: 50 });
    clearTimeout(timer);
    expect(leaks.map((leak) => leak.type)).toContain('Timeout');
  });
});
