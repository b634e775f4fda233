import { pollStatus } from '@lib/poller';

export function startSync(signal: AbortSignal): void {
  void pollStatus('https://status.example/health', 1_000, signal);
}
