import { defineComponent, onMounted, onBeforeUnmount } from 'vue';

export default defineComponent({
  props: { feeds: { type: Array as () => { poll(): void }[], required: true } },
  setup(props) {
    const intervalIds: ReturnType<typeof setInterval>[] = [];
    onMounted(() => {
      for (const feed of props.feeds) intervalIds.push(setInterval(() => feed.poll(), 30_000));
    });
    onBeforeUnmount(() => {
      for (const intervalId of intervalIds) clearInterval(intervalId);
    });
    return {};
  },
});
