import { onBeforeUnmount, onMounted, ref } from 'vue';
import { subscribe } from './store';

export function useOnline() {
  const online = ref(navigator.onLine);
  const update = () => (online.value = navigator.onLine);
  onMounted(() => {
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
  });
  onBeforeUnmount(() => {
    console.log('leaving');
  });
  const stop = subscribe(update);
  return { online, stop };
}
