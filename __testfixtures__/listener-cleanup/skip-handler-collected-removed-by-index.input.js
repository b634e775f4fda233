// A mixin keeps every keydown handler it adds in a module array, tags the
// element with the handler's index, and removes that handler on unmount.
const shortcutHandlers = [];

export default {
  mounted() {
    const handler = event => this.onShortcut(event);
    this.bindShortcut(handler);
  },
  unmounted() {
    const index = this.$el?.dataset?.shortcutIndex;
    if (index !== undefined) {
      const handlerToRemove = shortcutHandlers[index];
      document.removeEventListener('keydown', handlerToRemove);
    }
  },
  methods: {
    bindShortcut(handler) {
      const index = shortcutHandlers.push(handler) - 1;
      document.addEventListener('keydown', handler);
      this.$el.dataset.shortcutIndex = index;
    },
  },
};
