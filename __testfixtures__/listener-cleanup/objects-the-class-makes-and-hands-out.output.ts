import { EventEmitter } from 'node:events';

class Receiver extends EventEmitter {}

export class Connection {
  private _receiver?: Receiver;
  private readonly events = new EventEmitter();
  #parser?: Receiver;

  private readonly handleReady = () => this.handle(null);

  open(registry: Set<Receiver>): void {
    const receiver = new Receiver();
    this._receiver = receiver;
    receiver.on('message', (data: unknown) => this.handle(data));
    this.events.on('ready', this.handleReady);
    const parser = new Receiver();
    this.#parser = parser;
    parser.on('drain', () => this.handle(null));
    registry.add(parser);
  }

  get receiver(): Receiver | undefined {
    return this._receiver;
  }

  handle(data: unknown): void {
    this.emit(this.events);
  }

  emit(events: EventEmitter): void {}

  close(): void {
    this.events.off('ready', this.handleReady);
  }
}
