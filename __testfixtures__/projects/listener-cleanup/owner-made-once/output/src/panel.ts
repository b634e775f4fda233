import { bus } from './bus';

// The real leak next to it: main.ts makes a panel at every click, and each adds a listener
// to the shared bus that nothing removes (high).
export class Panel {
  constructor() {
    bus.on('refresh', (data) => this.update(data));
  }

  update(data: unknown) {
    console.log('update', data);
  }

  dispose() {
    console.log('disposed');
  }
}
