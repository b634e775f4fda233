import { onMounted, ref, onBeforeUnmount } from 'vue';

export function useKeyboard(shortcuts: Record<string, () => void>) {
  const lastKey = ref('');
  const handleKeyDown = (event: WindowEventMap['keydown']) => {
    lastKey.value = event.key;
    shortcuts[event.key]?.();
  };
  onMounted(() => {
    window.addEventListener('keydown', handleKeyDown);
  });
  onBeforeUnmount(() => window.removeEventListener('keydown', handleKeyDown));
  return lastKey;
}
