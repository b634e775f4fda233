import type { EventEmitter } from 'node:events';
import { bus } from './bus';

// The same wrapper shape where the target is not handed in: the module's bus and the window
// outlive every instance.
export class FrameEvents {
  readonly seen: unknown[] = [];

  constructor() {
    bus.on('reset', () => (this.seen.length = 0));
    window.addEventListener('online', () => this.seen.push('online'));
  }
}

// A disposal method says when the wrapper ends: the listener on the handed emitter should be
// removed there.
export class DisposableFrameEvents {
  readonly seen: unknown[] = [];

  constructor(private readonly emitter: EventEmitter) {
    this.emitter.on('navigated', (url) => this.seen.push(url));
  }

  dispose(): void {
    this.seen.length = 0;
  }
}

// A manager makes one prompt per event, each listening to the manager's one client: the prompts'
// listeners pile up on the client (the manager's own listener is the handed-in case: no finding).
export class Prompt {
  answered = false;

  constructor(private readonly client: EventEmitter) {
    this.client.on('answered', () => (this.answered = true));
  }
}

export class PromptManager {
  constructor(private readonly client: EventEmitter) {
    this.client.on('prompted', () => new Prompt(this.client));
  }
}
