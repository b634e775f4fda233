import { defineComponent } from 'vue';

export default defineComponent({
  data() {
    return { width: window.innerWidth, online: navigator.onLine, observer: undefined as ResizeObserver | undefined, socket: undefined as WebSocket | undefined };
  },
  mounted() {
    window.addEventListener('resize', this.onResize);
    window.addEventListener('online', this.handleOnline);
    this.observer = new ResizeObserver(() => this.onResize());
    this.observer.observe(this.$el as Element);
    const socket = this.socket = new WebSocket('wss://example.test/live');
    socket.addEventListener('message', () => this.onResize());
  },
  beforeUnmount() {
    this.observer?.disconnect();
    this.socket?.close();
    window.removeEventListener('online', this.handleOnline);
    window.removeEventListener('resize', this.onResize);
  },
  methods: {
    onResize() {
      this.width = window.innerWidth;
    },
    handleOnline(event: WindowEventMap['online']) {
      this.online = event.type === 'online';
    },
  },
});
