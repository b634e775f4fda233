import React from 'react';
import { fromEvent } from 'rxjs';

export class Board extends React.Component {
  #subscription;
  #observer;
  #observer2;
  #socket;
  #controller;

  onKey = () => this.forceUpdate();

  componentDidMount() {
    document.addEventListener('keydown', this.onKey);
    this.props.emitter.on('update', this.onKey);
    this.#subscription = fromEvent(window, 'resize').subscribe(() => this.forceUpdate());
    this.#observer = new MutationObserver(() => this.forceUpdate());
    this.#observer.observe(document.body, { childList: true });
    this.#observer2 = new PerformanceObserver(() => this.forceUpdate());
    this.#observer2.observe({ entryTypes: ['longtask'] });
    const socket = this.#socket = new WebSocket(this.props.url);
    socket.onmessage = () => this.forceUpdate();
    const controller = this.#controller = new AbortController();
    fetch('/api/board', { signal: controller.signal }).catch(() => {});
    window.matchMedia('(orientation: portrait)').addEventListener('change', this.onKey);
  }

  componentWillUnmount() {
    this.#subscription?.unsubscribe();
    this.#observer?.disconnect();
    this.#observer2?.disconnect();
    this.#socket?.close();
    this.#controller?.abort();
    document.removeEventListener('keydown', this.onKey);
  }

  render() {
    return <main />;
  }
}
