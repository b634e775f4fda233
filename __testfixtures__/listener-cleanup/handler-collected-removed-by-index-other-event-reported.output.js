// The handlers are kept in an array, but the removal read back from it is for
// another event (or from another array): the keydown listener stays.
const shortcutHandlers = [];
const otherHandlers = [];

export default {
  unmounted() {
    const index = this.$el.dataset.shortcutIndex;
    document.removeEventListener('keyup', shortcutHandlers[index]);
    window.removeEventListener('keydown', otherHandlers[index]);
  },
  methods: {
    bindShortcut(handler) {
      const index = shortcutHandlers.push(handler) - 1;
      document.addEventListener('keydown', handler);
      window.addEventListener('keydown', handler);
      this.$el.dataset.shortcutIndex = index;
    },
  },
};
