import { onMounted } from 'vue';

export function useWindowResize(onResize: () => void) {
  onMounted(() => {
    window.addEventListener('resize', onResize);
  });
}
