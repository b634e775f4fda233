import { onMounted, ref, onBeforeUnmount } from 'vue';

export default {
  setup() {
    const visible = ref(true);
    let timeoutId: ReturnType<typeof setTimeout> | undefined;
    onMounted(() => {
      timeoutId = setTimeout(() => (visible.value = false), 3000);
    });
    onBeforeUnmount(() => clearTimeout(timeoutId));
    return { visible };
  },
};
