import { defineComponent } from 'vue';

type Feed = { poll(): void };

export default defineComponent({
  props: { feeds: { type: Array as () => Feed[], required: true } },
  mounted() {
    for (const feed of this.feeds) setInterval(() => feed.poll(), 30_000);
    this.feeds.forEach((feed) => {
      setInterval(() => feed.poll(), 60_000);
    });
  },
});
