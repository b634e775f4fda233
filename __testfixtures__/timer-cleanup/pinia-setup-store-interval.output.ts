// A pinia setup store's function runs once per app (the store is a singleton of its pinia), or
// again after a `$dispose()` elsewhere: its interval is reported, `medium`.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export const useClockStore = defineStore('clock', () => {
  const now = ref(Date.now());
  setInterval(() => {
    now.value = Date.now();
  }, 1000);
  return { now };
});
