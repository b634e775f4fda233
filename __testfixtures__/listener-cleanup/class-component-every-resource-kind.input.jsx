import React from 'react';
import { fromEvent } from 'rxjs';

export class Board extends React.Component {
  onKey = () => this.forceUpdate();

  componentDidMount() {
    document.addEventListener('keydown', this.onKey);
    this.props.emitter.on('update', this.onKey);
    fromEvent(window, 'resize').subscribe(() => this.forceUpdate());
    new MutationObserver(() => this.forceUpdate()).observe(document.body, { childList: true });
    new PerformanceObserver(() => this.forceUpdate()).observe({ entryTypes: ['longtask'] });
    const socket = new WebSocket(this.props.url);
    socket.onmessage = () => this.forceUpdate();
    const controller = new AbortController();
    fetch('/api/board', { signal: controller.signal }).catch(() => {});
    window.matchMedia('(orientation: portrait)').addEventListener('change', this.onKey);
  }

  render() {
    return <main />;
  }
}
