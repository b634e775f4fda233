import { onMounted, ref, onBeforeUnmount } from 'vue';

export function usePolling(poll: () => void) {
  const started = ref(false);
  let intervalId: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    intervalId = setInterval(poll, 5_000);
  });
  let timeoutId: ReturnType<typeof setTimeout> | undefined;
  onMounted(() => {
    timeoutId = setTimeout(() => (started.value = true), 1_000);
  });
  onBeforeUnmount(() => {
    clearInterval(intervalId);
    clearTimeout(timeoutId);
  });
  return { started };
}
