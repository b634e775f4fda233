import { defineComponent } from 'vue';

export default defineComponent({
  data() {
    return { width: window.innerWidth, online: navigator.onLine };
  },
  mounted() {
    window.addEventListener('resize', this.onResize);
    window.addEventListener('online', (event) => {
      this.online = event.type === 'online';
    });
    new ResizeObserver(() => this.onResize()).observe(this.$el as Element);
    const socket = new WebSocket('wss://example.test/live');
    socket.addEventListener('message', () => this.onResize());
  },
  methods: {
    onResize() {
      this.width = window.innerWidth;
    },
  },
});
