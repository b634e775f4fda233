import { onMounted, ref } from 'vue';

export function usePolling(poll: () => void) {
  const started = ref(false);
  onMounted(() => setInterval(poll, 5_000));
  onMounted(() => void setTimeout(() => (started.value = true), 1_000));
  return { started };
}
