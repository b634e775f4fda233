import { defineComponent, ref, onBeforeUnmount } from 'vue';

export default defineComponent({
  setup() {
    const frame = ref(0);
    const intervalId = setInterval(() => frame.value++, 1000);
    const timeoutId = setTimeout(() => (frame.value = 0), 5000);
    const frameId = requestAnimationFrame(() => frame.value++);
    const idleCallbackId = requestIdleCallback(() => console.debug('idle'));
    onBeforeUnmount(() => {
      clearInterval(intervalId);
      clearTimeout(timeoutId);
      cancelAnimationFrame(frameId);
      cancelIdleCallback(idleCallbackId);
    });
    return { frame };
  },
});
