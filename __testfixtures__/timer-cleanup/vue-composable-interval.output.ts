import { ref, onBeforeUnmount } from 'vue';

export function useNow(intervalMs = 1000) {
  const now = ref(Date.now());
  const intervalId = setInterval(() => (now.value = Date.now()), intervalMs);
  onBeforeUnmount(() => clearInterval(intervalId));
  return now;
}
