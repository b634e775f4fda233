import { defineComponent } from 'vue';

export default defineComponent({
  data() {
    return {
      seconds: 0,
      ticker: null as ReturnType<typeof setInterval> | null,
    };
  },
  mounted() {
    this.ticker = setInterval(() => this.seconds++, 1000);
  },
  beforeUnmount() {
    if (this.ticker !== null) clearInterval(this.ticker);
  },
  unmounted() {
    this.seconds = 0;
  },
});
