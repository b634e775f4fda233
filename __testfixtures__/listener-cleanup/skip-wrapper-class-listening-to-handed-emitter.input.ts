import type { EventEmitter } from 'node:events';

interface Session {
  on(event: string, handler: (payload: unknown) => void): void;
}

// A wrapper with no disposal method: it listens to the emitter its constructor was handed, and
// to a session a method is given. Nothing in the file makes an instance an owner could end, so
// nothing decides when the wrapper's use ends; the listeners live as long as the objects they
// are on, whose lifetime the caller owns.
export class FrameEvents {
  private readonly emitter: EventEmitter;
  readonly seen: unknown[] = [];

  constructor(emitter: EventEmitter, private readonly context: EventTarget) {
    this.emitter = emitter;
    this.emitter.on('navigated', (url) => this.seen.push(url));
    this.context.addEventListener('load', this.onLoad);
  }

  attach(session: Session): void {
    session.on('detached', (reason) => this.seen.push(reason));
  }

  private readonly onLoad = () => this.seen.push('load');

  // A static factory hands the instance to its caller: it does not end it either.
  static from(emitter: EventEmitter, context: EventTarget): FrameEvents {
    return new FrameEvents(emitter, context);
  }
}
