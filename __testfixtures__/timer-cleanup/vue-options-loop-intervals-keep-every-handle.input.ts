import { defineComponent } from 'vue';

type Feed = { poll(): void };

export default defineComponent({
  props: { feeds: { type: Array as () => Feed[], required: true } },
  data() {
    return { polling: true };
  },
  mounted() {
    // One interval per feed: every handle must be kept.
    for (const feed of this.feeds) {
      setInterval(() => feed.poll(), 30_000);
    }
  },
});
