// An action a pinia setup store returns runs on every call: each call starts one more interval.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export const useClockStore = defineStore('clock', () => {
  const now = ref(Date.now());
  function start(): void {
    setInterval(() => {
      now.value = Date.now();
    }, 1000);
  }
  return { now, start };
});
