import { EventEmitter } from 'node:events';
import type { Observable } from 'rxjs';

declare function track<T>(value: T): T;

export class Session {
  #disposables = new DisposableStack();
  readonly #client: EventEmitter;

  constructor(client: EventEmitter) {
    this.#client = client;
  }

  listen(): void {
    const clientEmitter = this.#disposables.use(new EventEmitter());
    clientEmitter.on('message', () => this.#client.emit('seen'));
  }

  read(source: Observable<number>, bus: EventEmitter): void {
    using subscription = source.subscribe(() => bus.emit('read'));
    using emitter = this.#disposables.use(new EventEmitter());
    emitter.on('data', () => bus.emit('read'));
  }

  dispose(): void {
    this.#disposables.dispose();
  }
}

export class Editor {
  private readonly store = new DisposableStore();

  watch(bus: EventEmitter): void {
    const scoped = this.store.use(new EventEmitter());
    scoped.on('change', () => bus.emit('changed'));
  }

  track(bus: EventEmitter): void {
    const child = this._register(new EventEmitter());
    child.on('change', () => bus.emit('changed'));
    const tracked = track(new EventEmitter());
    tracked.on('change', () => bus.emit('changed'));
  }

  private _register<T>(value: T): T {
    return value;
  }

  dispose(): void {}
}

declare class DisposableStore {
  use<T>(value: T): T;
}
