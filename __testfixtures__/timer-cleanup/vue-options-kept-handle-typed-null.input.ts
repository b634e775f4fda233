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
  unmounted() {
    this.seconds = 0;
  },
});
