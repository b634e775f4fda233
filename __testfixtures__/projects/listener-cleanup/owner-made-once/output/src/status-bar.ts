import { bus } from './bus';

// Two uses in the project (main.ts and settings.ts): two bars, each with its listener (high).
export class StatusBar {
  constructor() {
    bus.on('status', (text) => this.render(text));
  }

  render(text: unknown) {
    console.log('status', text);
  }

  close() {
    console.log('closed');
  }
}
