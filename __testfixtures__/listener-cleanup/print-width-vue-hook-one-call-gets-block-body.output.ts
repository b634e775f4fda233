import { onMounted, onBeforeUnmount } from 'vue';

export function useWindowResize(onResize: () => void) {
  onMounted(() => {
    window.addEventListener('resize', onResize);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('resize', onResize);
  });
}
