// The removal passes the same function to the same object, with the event computed the same way
// from a setting read again: removed unless the setting changed in between (reported low).
interface PageSettings {
  quietExit: boolean;
}

declare function readSettings(): PageSettings;

let exitHandler: (() => void) | undefined;

export function joinRoom(): void {
  const { quietExit } = readSettings();
  exitHandler = () => console.info('leaving');
  window.addEventListener(quietExit ? 'pagehide' : 'beforeunload', exitHandler);
}

export function leaveRoom(): void {
  if (exitHandler) {
    const { quietExit } = readSettings();
    window.removeEventListener(quietExit ? 'pagehide' : 'beforeunload', exitHandler);
    exitHandler = undefined;
  }
}

// Another event written at the removal: nothing removes this listener.
let resizeHandler: (() => void) | undefined;

export function watchSize(): void {
  const { quietExit } = readSettings();
  resizeHandler = () => console.info('resized');
  window.addEventListener(quietExit ? 'resize' : 'orientationchange', resizeHandler);
}

export function unwatchSize(): void {
  if (resizeHandler) {
    window.removeEventListener('resize', resizeHandler);
    resizeHandler = undefined;
  }
}
