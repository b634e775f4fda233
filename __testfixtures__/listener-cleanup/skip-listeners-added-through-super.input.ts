import { EventEmitter } from 'node:events';

type MeterEvents = {
  reading: (value: number) => void;
  stopped: () => void;
};

// A typed facade over the emitter's own methods: `super.on` adds the caller's
// listener to this very object, as `this.on` would, and the caller removes it.
export class Meter extends EventEmitter {
  private last = 0;

  constructor() {
    super();
    super.on('reading', (value: number) => {
      this.last = value;
    });
  }

  on<K extends keyof MeterEvents>(event: K, listener: MeterEvents[K]): this {
    super.on(event, listener);
    return this;
  }

  once<K extends keyof MeterEvents>(event: K, listener: MeterEvents[K]): this {
    super.once(event, listener);
    return this;
  }

  latest(): number {
    return this.last;
  }

  stop(): void {
    this.emit('stopped');
  }
}

export class ClickCounter extends HTMLElement {
  count = 0;

  connectedCallback(): void {
    super.addEventListener('click', () => {
      this.count += 1;
    });
  }
}
