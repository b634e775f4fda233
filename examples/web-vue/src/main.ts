import { createApp, defineComponent, h } from 'vue';
import IncidentTimeline from './components/IncidentTimeline';
import StatusBoard from './components/StatusBoard';

const App = defineComponent({
  name: 'App',
  setup() {
    return () => h('main', [h(StatusBoard, { refreshMs: 10_000 }), h(IncidentTimeline, { incidents: [] })]);
  },
});

// safe: a module-level listener, registered once for the life of the page.
window.addEventListener('unhandledrejection', (event) => console.error('unhandled rejection', event.reason));

// safe: a module-level interval: started once, it lives exactly as long as the page.
setInterval(() => {
  document.title = navigator.onLine ? 'Status' : 'Status (offline)';
}, 30_000);

createApp(App).mount('#app');
