import { describe, expect, it } from 'vitest';
import { checkUpstream } from '../src/clients/upstreams';
import { retry } from '../src/lib/timing';

describe('checkUpstream', () => {
  it('reports an unreachable upstream as down', async () => {
    const report = await checkUpstream({ id: 'nowhere', name: 'Nowhere', url: 'http://127.0.0.1:9/', timeoutMs: 500 }, AbortSignal.timeout(2_000));
    expect(report.health).toBe('down');
  });
});

describe('retry', () => {
  it('gives up after the last attempt', async () => {
    const failing = () => Promise.reject(new Error('still down'));
    // safe: a test assertion consumes the promise (`expect(p).rejects`).
    await expect(retry(failing, { attempts: 2, delayMs: 1, signal: AbortSignal.timeout(1_000) })).rejects.toThrow('still down');
  });
});
