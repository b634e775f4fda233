import { EventEmitter } from 'node:events';

export const releaseFeed = new EventEmitter();

let pollingStopped = false;

export function stopPolling(): void {
  pollingStopped = true;
}

// Still a finding: the throw guards a stop, not a second set-up; nothing here sets the flag,
// so every call adds one more listener.
export function pollReleases(onRelease: (tag: string) => void): void {
  if (pollingStopped) throw new Error('polling was stopped');
  releaseFeed.on('poll', onRelease);
}
