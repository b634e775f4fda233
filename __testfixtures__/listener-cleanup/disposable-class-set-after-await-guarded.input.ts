import { EventEmitter } from 'node:events';

interface Radio {
  open(): Promise<void>;
  close(): Promise<void>;
}

class Pairing extends EventEmitter {}

// A hub whose pairing helper exists only once the radio opened: a stop() after a start()
// that failed or was aborted at the await finds `#pairing` unset.
export class Hub {
  #pairing!: Pairing;
  private radio: Radio;

  constructor(radio: Radio) {
    this.radio = radio;
  }

  get pairing(): Pairing {
    return this.#pairing;
  }

  async start(signal?: AbortSignal): Promise<void> {
    await this.radio.open();
    signal?.throwIfAborted();
    this.#pairing = new Pairing();
    this.#pairing.on('joined', this.onJoined);
  }

  async stop(): Promise<void> {
    await this.radio.close();
  }

  private onJoined = () => {};
}

// The same helper made before anything is awaited: stop() always finds it.
export class EagerHub {
  #pairing!: Pairing;
  private radio: Radio;

  constructor(radio: Radio) {
    this.radio = radio;
  }

  get pairing(): Pairing {
    return this.#pairing;
  }

  async start(): Promise<void> {
    this.#pairing = new Pairing();
    this.#pairing.on('joined', this.onJoined);
    await this.radio.open();
  }

  async stop(): Promise<void> {
    await this.radio.close();
  }

  private onJoined = () => {};
}
