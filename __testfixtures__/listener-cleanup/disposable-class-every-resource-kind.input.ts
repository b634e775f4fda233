import { EventEmitter } from 'node:events';
import { interval } from 'rxjs';

export class Dashboard {
  private readonly events = new EventEmitter();
  private count = 0;

  private readonly onResize = () => this.count++;
  private readonly onChange = (event: MediaQueryListEvent) => (this.count = event.matches ? 1 : 0);

  mount(root: HTMLElement, bus: EventEmitter): void {
    window.addEventListener('resize', this.onResize);
    bus.on('refresh', this.onResize);
    interval(1000).subscribe(() => this.count++);
    new IntersectionObserver(() => this.count++).observe(root);
    new PerformanceObserver(() => this.count++).observe({ entryTypes: ['longtask'] });
    const source = new EventSource('/api/stream');
    source.onmessage = () => this.count++;
    const controller = new AbortController();
    void fetch('/api/dashboard', { signal: controller.signal });
    const query = window.matchMedia('(min-width: 60em)');
    query.addListener(this.onChange);
    this.events.emit('mounted');
  }

  [Symbol.dispose](): void {
    this.events.removeAllListeners();
  }
}
