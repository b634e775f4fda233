import { onBeforeUnmount, onMounted, ref } from 'vue';
import { bus } from './bus';
import type { EventEmitter } from 'node:events';

// mitt: `off(type)` without a handler removes every handler of the type.
export function usePanel() {
  const open = ref(false);
  onMounted(() => {
    bus.on('open-panel', () => {
      open.value = true;
    });
  });
  onBeforeUnmount(() => {
    // every open-panel handler goes
    bus.off('open-panel');
  });
  return open;
}

// EventEmitter: `removeAllListeners(event)`, and `removeAllListeners()` for every event.
export class Feed {
  constructor(private readonly source: EventEmitter, private readonly other: EventEmitter) {}

  start(): void {
    this.source.on('item', (item: string) => console.log(item));
    this.other.on('ping', () => console.log('ping'));
    this.other.on('pong', () => console.log('pong'));
  }

  dispose(): void {
    this.source.removeAllListeners('item');
    this.other.removeAllListeners();
  }
}
