import { onMounted, ref, type Ref } from 'vue';

/** The current time, updated every `intervalMs`. */
export function useClock(intervalMs = 1_000): Ref<Date> {
  const now = ref(new Date());
  onMounted(() => {
    // leak (timer-cleanup, auto): nothing clears this interval when the component unmounts;
    // every page that shows a clock leaves one ticking behind.
    setInterval(() => {
      now.value = new Date();
    }, intervalMs);
  });
  return now;
}
