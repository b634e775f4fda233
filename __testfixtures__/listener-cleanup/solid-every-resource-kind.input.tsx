import { createEffect, createSignal } from 'solid-js';
import type { EventEmitter } from 'node:events';

export function Panel(props: { bus: EventEmitter; url: string }) {
  const [last, setLast] = createSignal('');
  createEffect(() => {
    const onValue = (value: string) => setLast(value);
    props.bus.on('value', onValue);
    const socket = new WebSocket(props.url);
    socket.onmessage = (event) => setLast(String(event.data));
    const observer = new MutationObserver(() => setLast('changed'));
    observer.observe(document.body, { childList: true });
    const controller = new AbortController();
    void fetch('/api/panel', { signal: controller.signal });
  });
  return <p>{last()}</p>;
}
