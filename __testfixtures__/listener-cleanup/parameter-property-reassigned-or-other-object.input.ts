import { EventEmitter } from 'node:events';

export class Chart {
  private onResize = () => {
    this.draw();
  };

  constructor(private bus: EventEmitter, other: EventEmitter) {
    bus = other;
    bus.on('resize', this.onResize);
    other.on('resize', this.onResize);
  }

  draw(): void {}

  destroy(): void {
    this.bus.off('resize', this.onResize);
  }
}
