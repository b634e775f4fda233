// A pinia setup store: pinia runs the function given to defineStore the first time the store is
// used (a store is a singleton of its pinia) — and again after the app disposes it
// (`store.$dispose()`, often at sign-out, in another file). Reported, `medium`: nothing here shows
// the listeners pile up.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export const useTagsStore = defineStore('tags', () => {
  const tags = ref<string[]>([]);
  const coloured = ref<string[]>([]);

  bridge.on('tag-provider', (event: unknown, command: string, payload: string[]) => {
    if (command === 'colored-tags-updated') {
      coloured.value = payload;
    } else {
      tags.value = payload;
    }
  });

  window.addEventListener('online', () => {
    bridge.send('tag-provider', { command: 'get-all-tags' });
  });

  return { tags, coloured };
});
