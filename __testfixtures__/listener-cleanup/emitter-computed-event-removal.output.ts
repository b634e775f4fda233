import { EventEmitter } from 'node:events';
import { TRAY_EVENTS } from './tray-events';

export const tray = new EventEmitter();
export const menu = new EventEmitter();

// Every listener of the events in TRAY_EVENTS is removed by `detachTray()`, but which events those
// are lives in another module: each `tray.on` below may be among them. They are reported at low
// confidence with no fix, not as a removal to add.
export function attachTray(onPick: (item: string) => void): void {
  tray.on('pick', (item: string) => onPick(item));
  tray.on('hover', () => onPick(''));
  menu.on('pick', (item: string) => onPick(item));
}

export function detachTray(): void {
  TRAY_EVENTS.forEach((name: string) => {
    tray.removeAllListeners(name);
  });
}

export function detachMenu(): void {
  for (const name of TRAY_EVENTS) menu.removeAllListeners(name);
}
