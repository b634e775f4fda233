import { EventEmitter } from 'node:events';

// Hoisted handlers are named after media events: `loadedmetadata` is Loaded + Metadata,
// `loadeddata` Loaded + Data; `loadstart` and `readystatechange` split as before.
export class CaptionSync {
  private running = false;

  constructor(private readonly media: EventEmitter) {}

  start(): void {
    if (this.running) return;
    this.media.on('loadedmetadata', () => {
      this.sync();
    });
    this.media.on('loadeddata', () => {
      this.sync();
    });
    this.media.on('loadstart', () => {
      this.reset();
    });
    this.media.on('readystatechange', () => {
      this.sync();
    });
    this.running = true;
  }

  stop(): void {
    this.running = false;
  }

  private sync(): void {}

  private reset(): void {}
}
