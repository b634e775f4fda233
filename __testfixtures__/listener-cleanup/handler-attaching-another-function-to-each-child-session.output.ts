import { EventEmitter } from 'node:events';

// Another function on the handed session: not the walk's own handler, still reported.
export class PageSessions extends EventEmitter {
  #sessions = new Set<EventEmitter>();

  constructor(root: EventEmitter) {
    super();
    root.on('attached', this.#onAttached);
  }

  #onAttached = (session: EventEmitter): void => {
    this.#sessions.add(session);
    session.on('message', this.#onMessage);
  };

  #onMessage = (message: unknown): void => {
    this.emit('message', message);
  };

  close(): void {
    this.#sessions.clear();
  }
}
