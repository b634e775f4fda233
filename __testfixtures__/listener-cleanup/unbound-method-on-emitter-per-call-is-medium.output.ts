import { EventEmitter } from 'node:events';

export const bus = new EventEmitter();

// An unbound prototype method on a Node emitter: each add is one more copy, and a Session is
// made per handle() call, so the copies pile up. The handler is the release method: no fix; medium.
export class Session {
  private timer = 0;
  start() {
    bus.on('quit', this.dispose);
  }
  dispose() {
    this.timer = 0;
  }
}

export function handle() {
  const s = new Session();
  s.start();
  s.dispose();
}

// The same on a DOM EventTarget: a second add of the same function is ignored, so it does not pile up: low.
export class Dialog {
  private button = document.createElement('button');
  private count = 0;
  start() {
    this.button.addEventListener('click', this.close);
  }
  close() {
    this.count = 0;
  }
}
