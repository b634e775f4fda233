// A pinia setup store's function runs once per app, but an action it returns runs on every
// call: each call adds one more listener. And a `defineStore` that is not pinia's says nothing
// about how often its function runs.
import { defineStore } from 'pinia';
import { defineStore as defineRecord } from './records';
import { ref } from 'vue';

export const useLayoutStore = defineStore('layout', () => {
  const width = ref(0);

  function follow(): void {
    window.addEventListener('resize', () => {
      width.value = window.innerWidth;
    });
  }

  return { width, follow };
});

export const useRecord = defineRecord('record', () => {
  window.addEventListener('resize', () => {
    console.log('resized');
  });
});
