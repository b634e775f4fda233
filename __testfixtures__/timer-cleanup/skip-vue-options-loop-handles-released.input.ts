import { defineComponent } from 'vue';

export default defineComponent({
  props: { feeds: { type: Array as () => { poll(): void }[], required: true } },
  data() {
    return { timers: [] as ReturnType<typeof setInterval>[] };
  },
  mounted() {
    for (const feed of this.feeds) this.timers.push(setInterval(() => feed.poll(), 30_000));
  },
  unmounted() {
    this.timers.forEach((timer) => clearInterval(timer));
  },
});
