import { useEffect } from 'react';
import { createNanoEvents } from 'nanoevents';

const emitter = createNanoEvents();

export function Ticker({ onTick }: { onTick: () => void }) {
  useEffect(() => {
    // emitter.on returns its own undo: React calls it as the cleanup.
    return emitter.on('tick', onTick);
  }, [onTick]);
  return null;
}
