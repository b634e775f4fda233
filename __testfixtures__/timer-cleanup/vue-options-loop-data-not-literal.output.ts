import { defineComponent } from 'vue';
import { initialState } from './state';

export default defineComponent({
  props: { feeds: { type: Array as () => { poll(): void }[], required: true } },
  data() {
    return initialState();
  },
  mounted() {
    for (const feed of this.feeds) setInterval(() => feed.poll(), 30_000);
  },
});
