import { EventEmitter } from 'node:events';

// The root listener (the caller's object) stays reported; each session reports its child sessions to the same handler: one listener per session, gone with it.
export class PageSessions extends EventEmitter {
  #sessions = new Set<EventEmitter>();

  constructor(root: EventEmitter) {
    super();
    root.on('attached', this.#onAttached);
  }

  #onAttached = (session: EventEmitter): void => {
    this.#sessions.add(session);
    this.emit('session', session);
    session.on('attached', this.#onAttached);
  };

  close(): void {
    this.#sessions.clear();
  }
}
