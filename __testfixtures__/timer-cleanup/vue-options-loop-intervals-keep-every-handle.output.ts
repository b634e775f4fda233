import { defineComponent } from 'vue';

type Feed = { poll(): void };

export default defineComponent({
  props: { feeds: { type: Array as () => Feed[], required: true } },
  data() {
    return { polling: true, intervalIds: [] as ReturnType<typeof setInterval>[] };
  },
  mounted() {
    // One interval per feed: every handle must be kept.
    for (const feed of this.feeds) {
      this.intervalIds.push(setInterval(() => feed.poll(), 30_000));
    }
  },
  beforeUnmount() {
    for (const intervalId of this.intervalIds.splice(0)) clearInterval(intervalId);
  },
});
