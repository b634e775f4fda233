import { EventEmitter } from 'node:events';
import { bus } from './bus';

// The one instance the static accessor makes behind a check, with a private constructor:
// its constructor runs once per process, and the listener on the shared bus lives as long.
export class Notifier extends EventEmitter {
  private static instance: Notifier;

  private constructor() {
    super();
    bus.on('video-published', (id: string) => this.emit('notify', id));
  }

  static get Instance() {
    return this.instance || (this.instance = new this());
  }
}

// The real leak next to it: `for()` makes one per call, each adding a listener to the bus.
export class Subscriber extends EventEmitter {
  private constructor(readonly channel: string) {
    super();
    bus.on('video-published', (id: string) => this.emit('new-video', id));
  }

  static for(channel: string): Subscriber {
    return new Subscriber(channel);
  }
}
