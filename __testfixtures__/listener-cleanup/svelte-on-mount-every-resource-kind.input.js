import { onMount } from 'svelte';
import { count } from './stores';

export function mountPanel(node, bus, render) {
  onMount(() => {
    bus.on('refresh', render);
    count.subscribe(render);
    new ResizeObserver(render).observe(node);
    const socket = new WebSocket('wss://example.com/live');
    socket.onmessage = render;
    const worker = new Worker('/panel-worker.js');
    worker.onmessage = render;
    const controller = new AbortController();
    fetch('/api/panel', { signal: controller.signal }).then(render, () => {});
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    query.addEventListener('change', render);
  });
}
