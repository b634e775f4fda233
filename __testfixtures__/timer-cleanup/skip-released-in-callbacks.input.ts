import { EventEmitter } from 'node:events';

export class Download extends EventEmitter {
  private progressTimer?: NodeJS.Timeout;

  start(): void {
    const timer = setInterval(() => this.emit('progress'), 100);
    this.on('end', () => clearInterval(timer));
    this.progressTimer = setInterval(() => this.emit('tick'), 1000);
    window.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') clearInterval(this.progressTimer);
    });
  }

  close(): void {}
}
