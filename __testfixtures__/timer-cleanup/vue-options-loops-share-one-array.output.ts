import { defineComponent } from 'vue';

type Feed = { poll(): void };

export default defineComponent({
  props: { feeds: { type: Array as () => Feed[], required: true } },
  data() {
    return { intervalIds: [] as ReturnType<typeof setInterval>[] };
  },
  mounted() {
    for (const feed of this.feeds) this.intervalIds.push(setInterval(() => feed.poll(), 30_000));
    this.feeds.forEach((feed) => {
      this.intervalIds.push(setInterval(() => feed.poll(), 60_000));
    });
  },
  beforeUnmount() {
    for (const intervalId of this.intervalIds.splice(0)) clearInterval(intervalId);
  },
});
