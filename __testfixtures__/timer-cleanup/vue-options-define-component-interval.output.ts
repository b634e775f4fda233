import { defineComponent } from 'vue';

export default defineComponent({
  name: 'StatusClock',
  props: {
    refreshMs: { type: Number, default: 5000 },
  },
  data() {
    return {
      now: new Date(),
      intervalId: undefined as ReturnType<typeof setInterval> | undefined,
      timeoutId: undefined as ReturnType<typeof setTimeout> | undefined,
    };
  },
  mounted() {
    this.intervalId = setInterval(() => {
      this.now = new Date();
    }, 1000);
    this.timeoutId = setTimeout(this.refresh, this.refreshMs);
  },
  beforeUnmount() {
    clearInterval(this.intervalId);
    clearTimeout(this.timeoutId);
  },
  methods: {
    refresh(): void {
      this.now = new Date();
    },
  },
});
