import { EventEmitter } from 'node:events';

// Hoisted handlers are named after media events: `loadedmetadata` is Loaded + Metadata,
// `loadeddata` Loaded + Data; `loadstart` and `readystatechange` split as before.
export class CaptionSync {
  private running = false;

  constructor(private readonly media: EventEmitter) {}

  private readonly handleLoadedMetadata = () => {
    this.sync();
  };

  private readonly handleLoadedData = () => {
    this.sync();
  };

  private readonly handleLoadStart = () => {
    this.reset();
  };

  private readonly handleReadyStateChange = () => {
    this.sync();
  };

  start(): void {
    if (this.running) return;
    this.media.on('loadedmetadata', this.handleLoadedMetadata);
    this.media.on('loadeddata', this.handleLoadedData);
    this.media.on('loadstart', this.handleLoadStart);
    this.media.on('readystatechange', this.handleReadyStateChange);
    this.running = true;
  }

  stop(): void {
    this.running = false;
    this.media.off('loadedmetadata', this.handleLoadedMetadata);
    this.media.off('loadeddata', this.handleLoadedData);
    this.media.off('loadstart', this.handleLoadStart);
    this.media.off('readystatechange', this.handleReadyStateChange);
  }

  private sync(): void {}

  private reset(): void {}
}
