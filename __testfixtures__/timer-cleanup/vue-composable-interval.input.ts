import { ref } from 'vue';

export function useNow(intervalMs = 1000) {
  const now = ref(Date.now());
  setInterval(() => (now.value = Date.now()), intervalMs);
  return now;
}
