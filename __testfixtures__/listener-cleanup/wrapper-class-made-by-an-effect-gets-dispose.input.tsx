import { useEffect } from 'react';
import type { EventEmitter } from 'node:events';

// A wrapper listening to an emitter it was handed, made by an effect of this file: the effect
// decides when the wrapper's use ends, so the wrapper gets a dispose() the effect cleanup calls.
class Tracker {
  constructor(private readonly emitter: EventEmitter) {
    this.emitter.on('navigated', this.onNavigated);
  }

  private readonly onNavigated = (url: string) => console.log(url);
}

export function useTracker(emitter: EventEmitter): void {
  useEffect(() => {
    const tracker = new Tracker(emitter);
    console.log(tracker);
  }, [emitter]);
}
