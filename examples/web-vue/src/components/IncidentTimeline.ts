import { defineComponent, h, onBeforeUnmount, ref, type PropType } from 'vue';
import type { Incident } from '../../../shared/status';
import { usePageVisibility } from '../composables/useDocumentEvents';

function formatAge(from: string, now: number): string {
  const minutes = Math.round((now - Date.parse(from)) / 60_000);
  return minutes < 60 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
}

/** Incidents with "12 min ago" labels. The reference component: nothing here leaks. */
export default defineComponent({
  name: 'IncidentTimeline',
  props: {
    incidents: { type: Array as PropType<Incident[]>, required: true },
  },
  setup(props) {
    const now = ref(Date.now());
    const visible = usePageVisibility();
    // safe: cleared in onBeforeUnmount.
    const timer = setInterval(() => {
      if (visible.value) now.value = Date.now();
    }, 60_000);
    onBeforeUnmount(() => clearInterval(timer));

    return () =>
      h(
        'ol',
        { class: 'incident-timeline' },
        props.incidents.map((incident) => h('li', { key: incident.id }, `${incident.title}, ${formatAge(incident.startedAt, now.value)}`)),
      );
  },
});
