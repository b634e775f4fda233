import { createEffect, createSignal, onCleanup } from 'solid-js';
import type { EventEmitter } from 'node:events';

export function Panel(props: { bus: EventEmitter; url: string }) {
  const [last, setLast] = createSignal('');
  createEffect(() => {
    const onValue = (value: string) => setLast(value);
    const bus2 = props.bus;
    bus2.on('value', onValue);
    onCleanup(() => bus2.off('value', onValue));
    const socket = new WebSocket(props.url);
    onCleanup(() => socket.close());
    socket.onmessage = (event) => setLast(String(event.data));
    const observer = new MutationObserver(() => setLast('changed'));
    onCleanup(() => observer.disconnect());
    observer.observe(document.body, { childList: true });
    const controller = new AbortController();
    onCleanup(() => controller.abort());
    void fetch('/api/panel', { signal: controller.signal });
  });
  return <p>{last()}</p>;
}
