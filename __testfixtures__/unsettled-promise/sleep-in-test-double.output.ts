import { expect, it, vi } from 'vitest';
import { installer, service } from './installer';

// The mocked check sleeps and ignores the signal on purpose: the test is about the installer
// noticing the cancellation after the check returns. Making this sleep reject would test the
// error path instead.
it('stops the install when it is cancelled during the check', async () => {
  installer.cancelAfter(10);
  vi.spyOn(service, 'check').mockImplementation(async (_name: string, signal?: AbortSignal) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { ok: true };
  });
  await installer.install('plugin');
  expect(service.install).not.toHaveBeenCalled();
});

// The real code's sleep is tied to its signal.
export async function waitForSlot(signal: AbortSignal): Promise<void> {
  await new Promise((resolve, reject) => {
    if (signal.aborted) { reject(signal.reason); return; }
    const listening = new AbortController();
    const timer = setTimeout(() => { listening.abort(); resolve(undefined); }, 20);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { signal: listening.signal });
  });
}
