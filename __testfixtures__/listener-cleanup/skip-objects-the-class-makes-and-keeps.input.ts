import { EventEmitter } from 'node:events';

class Receiver extends EventEmitter {}

export class Connection {
  private _receiver?: Receiver;
  #parser?: Receiver;
  private readonly events = new EventEmitter();

  open(): void {
    const receiver = new Receiver();
    this._receiver = receiver;
    receiver.on('message', (data: unknown) => this.handle(data));
    const parser = new Receiver();
    this.#parser = parser;
    parser.on('drain', () => this.handle(null));
    this.events.on('ready', () => this.handle(null));
  }

  handle(data: unknown): void {
    this._receiver?.emit('seen', data);
    this.#parser?.emit('seen');
    this.events.emit('handled');
  }

  close(): void {}
}
