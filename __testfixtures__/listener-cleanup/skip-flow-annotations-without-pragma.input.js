import { EventEmitter } from 'events';

// Flow annotations without the pragma (the project's babel applies the Flow preset to every file).
class Updater extends EventEmitter {
  status: string;

  constructor() {
    super();
    this.status = 'idle';
  }

  watch(target: EventTarget): void {
    target.addEventListener('online', () => this.emit('online'));
  }
}

export default new Updater();
