import { EventEmitter } from 'node:events';

export const dock = new EventEmitter();

// A removal of one named event ends only that event's listeners: the 'hover' listener is still a
// finding (the computed-event case does not apply to a literal event).
export function attachDock(onPick: (item: string) => void): void {
  dock.on('pick', (item: string) => onPick(item));
  dock.on('hover', () => onPick(''));
}

export function detachDock(): void {
  dock.removeAllListeners('pick');
}
