import { EventEmitter } from 'node:events';
import { interval } from 'rxjs';

export class Dashboard {
  private readonly events = new EventEmitter();
  private count = 0;
  private subscription?: { unsubscribe: () => void };
  private observer?: IntersectionObserver;
  private observer2?: PerformanceObserver;
  private eventSource?: EventSource;
  private controller?: AbortController;

  private readonly onResize = () => this.count++;
  private readonly onChange = (event: MediaQueryListEvent) => (this.count = event.matches ? 1 : 0);

  mount(root: HTMLElement, bus: EventEmitter): void {
    window.addEventListener('resize', this.onResize);
    bus.on('refresh', this.onResize);
    this.subscription = interval(1000).subscribe(() => this.count++);
    this.observer = new IntersectionObserver(() => this.count++);
    this.observer.observe(root);
    this.observer2 = new PerformanceObserver(() => this.count++);
    this.observer2.observe({ entryTypes: ['longtask'] });
    const source = this.eventSource = new EventSource('/api/stream');
    source.onmessage = () => this.count++;
    const controller = this.controller = new AbortController();
    void fetch('/api/dashboard', { signal: controller.signal });
    const query = window.matchMedia('(min-width: 60em)');
    query.addListener(this.onChange);
    this.events.emit('mounted');
  }

  [Symbol.dispose](): void {
    this.events.removeAllListeners();
    this.subscription?.unsubscribe();
    this.observer?.disconnect();
    this.observer2?.disconnect();
    this.eventSource?.close();
    this.controller?.abort();
    window.removeEventListener('resize', this.onResize);
  }
}
