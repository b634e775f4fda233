import { EventEmitter } from 'node:events';

export class Chart {
  private onResize = () => {
    this.draw();
  };

  constructor(private readonly bus: EventEmitter) {
    bus.on('resize', this.onResize);
    window.addEventListener('resize', this.onResize);
  }

  draw(): void {}

  destroy(): void {
    this.bus.off('resize', this.onResize);
    window.removeEventListener('resize', this.onResize);
  }
}

export class Widget {
  private readonly handleClick = (): void => {};

  constructor(private readonly host: HTMLElement, private readonly x: EventEmitter) {}

  onInit(): void {
    this.x.on('click', this.handleClick);
    this.host.addEventListener('click', this.handleClick);
  }

  onDestroy(): void {
    this.x.off('click', this.handleClick);
    this.host.removeEventListener('click', this.handleClick);
  }
}
