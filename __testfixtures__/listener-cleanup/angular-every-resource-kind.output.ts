import { Component, ElementRef, inject, type AfterViewInit, type OnDestroy } from '@angular/core';
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();

@Component({ selector: 'app-panel', template: '<div #box></div>' })
export class PanelComponent implements AfterViewInit, OnDestroy {
  private readonly host = inject(ElementRef<HTMLElement>);
  width = 0;
  message = '';
  private observer?: ResizeObserver;
  private observer2?: MutationObserver;
  private socket?: WebSocket;
  private controller?: AbortController;

  private readonly onBus = (message: string) => (this.message = message);
  private readonly onScheme = (event: MediaQueryListEvent) => (this.message = String(event.matches));

  ngAfterViewInit(): void {
    bus.on('message', this.onBus);
    this.observer = new ResizeObserver(([entry]) => (this.width = entry!.contentRect.width));
    this.observer.observe(this.host.nativeElement);
    this.observer2 = new MutationObserver(() => (this.message = 'changed'));
    this.observer2.observe(this.host.nativeElement, { childList: true });
    const socket = this.socket = new WebSocket('wss://example.com/live');
    socket.onmessage = (event) => (this.message = String(event.data));
    const controller = this.controller = new AbortController();
    void fetch('/api/panel', { signal: controller.signal });
    window.matchMedia('(prefers-color-scheme: dark)').addListener(this.onScheme);
  }

  ngOnDestroy(): void {
    bus.off('message', this.onBus);
    this.observer?.disconnect();
    this.observer2?.disconnect();
    this.socket?.close();
    this.controller?.abort();
  }
}
