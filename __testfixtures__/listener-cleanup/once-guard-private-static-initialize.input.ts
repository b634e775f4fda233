import { EventEmitter } from 'node:events';

export const bus = new EventEmitter();

const pending: Array<(value: string) => void> = [];

// Not a finding: the constructor calls the private static initialize() only while the static
// flag is false, and initialize() sets it: one listener per process, however many capturers.
export class Capturer {
  private static isInitialized = false;

  constructor() {
    if (!Capturer.isInitialized) {
      Capturer.initialize();
    }
  }

  private static initialize(): void {
    Capturer.isInitialized = true;
    bus.on('sources', (value: string) => {
      pending.shift()?.(value);
    });
  }
}

// Still a finding: the public static method can be called from anywhere, unguarded.
export class Recorder {
  private static isInitialized = false;

  constructor() {
    if (!Recorder.isInitialized) {
      Recorder.initialize();
    }
  }

  public static initialize(): void {
    Recorder.isInitialized = true;
    bus.on('frames', (value: string) => {
      pending.shift()?.(value);
    });
  }
}
