import { EventEmitter } from 'node:events';

export const dock = new EventEmitter();

// A removal of one named event ends only that event's listeners: the 'hover' listener is still a
// finding. Neither a literal event nor a parameter naming one event (not a loop over a list of
// events) makes it "maybe released".
export function attachDock(onPick: (item: string) => void): () => void {
  dock.on('pick', (item: string) => onPick(item));
  const handleHover = () => onPick('');
  dock.on('hover', handleHover);
  return () => {
    dock.off('hover', handleHover);
  };
}

export function detachDock(): void {
  dock.removeAllListeners('pick');
}

export function detachOne(name: string): void {
  dock.removeAllListeners(name);
}
