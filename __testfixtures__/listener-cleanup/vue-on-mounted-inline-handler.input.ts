import { onMounted, ref } from 'vue';

export function useKeyboard(shortcuts: Record<string, () => void>) {
  const lastKey = ref('');
  onMounted(() => {
    window.addEventListener('keydown', (event) => {
      lastKey.value = event.key;
      shortcuts[event.key]?.();
    });
  });
  return lastKey;
}
