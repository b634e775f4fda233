import { defineComponent, h, ref, onBeforeUnmount } from 'vue';
import { EventEmitter } from 'node:events';
import { writable } from 'svelte/store';

const bus = new EventEmitter();
const count = writable(0);

export default defineComponent({
  setup() {
    const last = ref('');
    const onBus = (value: string) => (last.value = value);
    bus.on('value', onBus);
    const unsubscribe = count.subscribe((value: number) => (last.value = String(value)));
    const observer = new IntersectionObserver(() => (last.value = 'visible'));
    observer.observe(document.body);
    const performance = new PerformanceObserver(() => (last.value = 'long task'));
    performance.observe({ entryTypes: ['longtask'] });
    const events = new EventSource('/api/events');
    const channel = new BroadcastChannel('tabs');
    const worker = new Worker('/worker.js');
    const controller = new AbortController();
    void fetch('/api/last', { signal: controller.signal });
    const onScheme = (event: MediaQueryListEvent) => (last.value = String(event.matches));
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addListener(onScheme);
    events.onmessage = (event) => (last.value = event.data);
    channel.onmessage = (event) => (last.value = String(event.data));
    worker.onmessage = (event) => (last.value = String(event.data));
    onBeforeUnmount(() => {
      bus.off('value', onBus);
      unsubscribe();
      observer.disconnect();
      performance.disconnect();
      events.close();
      channel.close();
      worker.terminate();
      controller.abort();
      scheme.removeListener(onScheme);
    });
    return () => h('p', last.value);
  },
});
