import { ipcMain } from 'electron';

// A set-up that hands itself on to run again: a retry after a failed connect, a reschedule.
// Each run adds one more ipcMain handler, so the listeners pile up (high), although each
// hand-over alone (a .catch, a one-shot timer) runs it at most once.
declare function openRelay(): Promise<void>;

export function connectRelay(): Promise<void> {
  ipcMain.on('relay:status', (event: { returnValue: unknown }) => {
    event.returnValue = 'up';
  });
  return openRelay().catch(connectRelay);
}

export function watchRelayClock() {
  ipcMain.on('relay:clock', (event: { returnValue: unknown }) => {
    event.returnValue = Date.now();
  });
  setTimeout(watchRelayClock, 60_000);
}
