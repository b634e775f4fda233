/**
 * A chain dropped in a `new Promise` executor that it settles (alist's artplayer-plugin-ass:
 * `new Promise((resolve) => { fetch(url).then(…).then((t) => resolve(…)) })`): when the chain
 * rejects, the outer promise used to stay pending for ever. unconsumed-promise hands the
 * rejection to the executor's `reject`; unsettled-promise adds `reject(e)` to a `catch` that
 * swallows in the same executor. With both rules in one run (suggestions applied) the executor
 * gets one `reject` parameter, which both use, and the outer promise rejects.
 */
import { describe, expect, it } from 'vitest';
import { fixWithRules } from '../helpers/fix-with-rules';
import { outcomeAfter } from '../helpers/promise-outcome';

const INPUT = [
  'function loadStatus(fetch, url) {',
  '  return new Promise((resolve) => {',
  '    try {',
  '      fetch(url).then((res) => resolve(res.status));',
  '    } catch (e) {',
  '      console.log(e);',
  '    }',
  '  });',
  '}',
  '',
].join('\n');

type LoadStatus = (fetch: (url: string) => Promise<{ status: number }>, url: string) => Promise<number>;

function compile(source: string): LoadStatus {
  return new Function(`${source}\nreturn loadStatus;`)() as LoadStatus;
}

const failingFetch = (): Promise<{ status: number }> => Promise.reject(new Error('offline'));

describe('unconsumed-promise and unsettled-promise on one executor', () => {
  const both = fixWithRules(INPUT, 'load.js', ['unconsumed-promise', 'unsettled-promise'], true);

  it('adds one reject parameter, which both fixes use', () => {
    expect(both).toBe(
      [
        'function loadStatus(fetch, url) {',
        '  return new Promise((resolve, reject) => {',
        '    try {',
        '      void fetch(url).then((res) => resolve(res.status)).catch(reject);',
        '    } catch (e) {',
        '      reject(e);',
        '      console.log(e);',
        '    }',
        '  });',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('the input waits for ever when the request fails (and its rejection is unhandled); the output rejects', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      expect((await outcomeAfter(compile(INPUT)(failingFetch, '/status'), 20)).state).toBe('pending');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toMatchObject([{ message: 'offline' }]);
    const outcome = await outcomeAfter(compile(both)(failingFetch, '/status'), 20);
    expect(outcome).toMatchObject({ state: 'rejected', error: { message: 'offline' } });
  });

  it('a request that succeeds still resolves', async () => {
    const outcome = await outcomeAfter(compile(both)(() => Promise.resolve({ status: 204 }), '/status'), 20);
    expect(outcome).toEqual({ state: 'resolved', value: 204 });
  });
});
