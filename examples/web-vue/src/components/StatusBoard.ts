import { defineComponent, h, ref } from 'vue';
import type { StatusReport } from '../../../shared/status';
import { useClock } from '../composables/useClock';
import { useKeyboardShortcuts } from '../composables/useDocumentEvents';

/** The main board: one row per upstream, refreshed in the background and on `r`. */
export default defineComponent({
  name: 'StatusBoard',
  props: {
    refreshMs: { type: Number, default: 15_000 },
  },
  setup(props) {
    const reports = ref<StatusReport[]>([]);
    const now = useClock();

    async function load(): Promise<void> {
      // leak (fetch-timeout, auto): no deadline; a hung request also stalls every later refresh
      // behind the browser's per-host connection limit.
      const response = await fetch('/api/status');
      reports.value = (await response.json()) as StatusReport[];
    }

    useKeyboardShortcuts({ r: () => void load() });
    // safe: `void` marks a deliberate fire-and-forget.
    void load();
    // leak (timer-cleanup, auto): setup() runs once per component instance, and nothing clears
    // this interval when the instance unmounts.
    setInterval(() => void load(), props.refreshMs);

    // leak (listener-cleanup, auto): the live stream is never closed; it keeps reconnecting
    // after the board is gone.
    const updates = new EventSource('/api/status/stream');
    updates.onmessage = (event: MessageEvent<string>) => {
      const report = JSON.parse(event.data) as StatusReport;
      reports.value = reports.value.map((row) => (row.upstream === report.upstream ? report : row));
    };

    return () =>
      h('section', { class: 'status-board' }, [
        h('h2', `Status at ${now.value.toLocaleTimeString()}`),
        h('ul', reports.value.map((row) => h('li', { key: row.upstream }, `${row.upstream}: ${row.health} (${row.latencyMs} ms)`))),
      ]);
  },
});
