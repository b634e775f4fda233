import { bus } from './bus';

// Made once, at main.ts's top level. Its constructor adds one listener through a private method
// only the constructor calls (medium: once on the one window), but `open()`, which main.ts calls
// at every click, adds another to the shared bus each time (high: it piles up on the one window).
export class AppWindow {
  private opened = 0;

  constructor() {
    this.listen();
  }

  private listen() {
    bus.on('will-quit', (event) => {
      event.returnValue = true;
    });
  }

  open() {
    bus.on('refresh', (data) => {
      this.opened++;
      console.log(data);
    });
  }

  destroy() {
    this.opened = 0;
  }
}
