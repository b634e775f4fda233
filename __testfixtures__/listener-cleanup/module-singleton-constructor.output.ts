import { ipcMain } from 'electron';

// The one instance is made while the module loads: its constructor runs once per process.
export class CallsWidgetWindow {
  constructor() {
    ipcMain.on('calls-widget-resize', this.handleResize);
    ipcMain.on('calls-leave-call', this.handleLeave);
  }

  private handleResize = (): void => {};
  private handleLeave = (): void => {};

  close(): void {}
}

const callsWidgetWindow = new CallsWidgetWindow();
export default callsWidgetWindow;

// Made on every call of openPreview(): each instance adds a listener nothing removes.
class PreviewWindow {
  constructor() {
    ipcMain.on('preview-ready', this.handleReady);
  }

  private handleReady = (): void => {};

  close(): void {
    ipcMain.off('preview-ready', this.handleReady);
  }
}

export function openPreview(): PreviewWindow {
  return new PreviewWindow();
}
