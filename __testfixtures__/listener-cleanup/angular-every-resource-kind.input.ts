import { Component, ElementRef, inject, type AfterViewInit } from '@angular/core';
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();

@Component({ selector: 'app-panel', template: '<div #box></div>' })
export class PanelComponent implements AfterViewInit {
  private readonly host = inject(ElementRef<HTMLElement>);
  width = 0;
  message = '';

  private readonly onBus = (message: string) => (this.message = message);
  private readonly onScheme = (event: MediaQueryListEvent) => (this.message = String(event.matches));

  ngAfterViewInit(): void {
    bus.on('message', this.onBus);
    new ResizeObserver(([entry]) => (this.width = entry!.contentRect.width)).observe(this.host.nativeElement);
    new MutationObserver(() => (this.message = 'changed')).observe(this.host.nativeElement, { childList: true });
    const socket = new WebSocket('wss://example.com/live');
    socket.onmessage = (event) => (this.message = String(event.data));
    const controller = new AbortController();
    void fetch('/api/panel', { signal: controller.signal });
    window.matchMedia('(prefers-color-scheme: dark)').addListener(this.onScheme);
  }
}
