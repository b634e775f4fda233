// A pinia setup store's function runs once per app (the store is a singleton of its pinia):
// a refresh interval it starts lives as long as the app, like one at module top level.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export const useClockStore = defineStore('clock', () => {
  const now = ref(Date.now());
  setInterval(() => {
    now.value = Date.now();
  }, 1000);
  return { now };
});
