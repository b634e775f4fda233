import { onMount } from 'svelte';
import { count } from './stores';

export function mountPanel(node, bus, render) {
  onMount(() => {
    bus.on('refresh', render);
    const unsubscribe = count.subscribe(render);
    const observer = new ResizeObserver(render);
    observer.observe(node);
    const socket = new WebSocket('wss://example.com/live');
    socket.onmessage = render;
    const worker = new Worker('/panel-worker.js');
    worker.onmessage = render;
    const controller = new AbortController();
    fetch('/api/panel', { signal: controller.signal }).then(render, () => {});
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    query.addEventListener('change', render);
    return () => {
      unsubscribe();
      observer.disconnect();
      bus.off('refresh', render);
      socket.close();
      worker.terminate();
      controller.abort();
      query.removeEventListener('change', render);
    };
  });
}
