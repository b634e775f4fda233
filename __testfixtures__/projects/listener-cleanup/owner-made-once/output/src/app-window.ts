import { bus } from './bus';

// Made once, by createWindow() in main.ts, which only the start-up callback runs: the window
// lives as long as the process, and so do its listeners on the shared bus (medium, not high).
// Its handlers' parameters take their types from the call, so no fix is offered.
export class AppWindow {
  private quitting = false;

  constructor() {
    bus.on('will-quit', (event) => {
      this.quitting = true;
      event.returnValue = true;
    });
  }

  show() {
    console.log('show', this.quitting);
  }

  destroy() {
    this.quitting = true;
  }
}
