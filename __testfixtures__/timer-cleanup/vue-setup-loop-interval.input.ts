import { defineComponent, onMounted } from 'vue';

export default defineComponent({
  props: { feeds: { type: Array as () => { poll(): void }[], required: true } },
  setup(props) {
    onMounted(() => {
      for (const feed of props.feeds) setInterval(() => feed.poll(), 30_000);
    });
    return {};
  },
});
