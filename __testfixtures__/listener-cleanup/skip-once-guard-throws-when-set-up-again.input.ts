import { EventEmitter } from 'node:events';

export const releaseFeed = new EventEmitter();

let watching = false;

// Not a finding: a second call throws before it adds anything, so the listener is added once
// per process (the flag is module-wide and set below).
export function watchReleases(onRelease: (tag: string) => void): void {
  if (watching) {
    throw new Error('release watching is already set up');
  }
  releaseFeed.on('release', onRelease);
  watching = true;
}

let announcing = false;

// Not a finding either: the one-line form, with the flag set first.
export function announceReleases(print: (line: string) => void): void {
  if (announcing) throw new Error('announcing twice');
  announcing = true;
  releaseFeed.on('announce', print);
}
