import { defineComponent, ref, onBeforeUnmount } from 'vue';

export default defineComponent({
  setup() {
    const now = ref(new Date());
    const intervalId = setInterval(() => (now.value = new Date()), 1000);
    onBeforeUnmount(() => clearInterval(intervalId));
    return { now };
  },
});
