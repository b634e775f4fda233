import { defineComponent } from 'vue';

export default defineComponent({
  data() {
    return { removeListeners: [] as (() => void)[] };
  },
  mounted() {
    for (const tab of document.querySelectorAll('.tab')) {
      tab.addEventListener('click', this.onClick);
      this.removeListeners.push(() => tab.removeEventListener('click', this.onClick));
    }
    document.querySelectorAll('.panel').forEach((panel) => {
      panel.addEventListener('focus', this.onClick);
      this.removeListeners.push(() => panel.removeEventListener('focus', this.onClick));
    });
  },
  beforeUnmount() {
    for (const removeListener of this.removeListeners.splice(0)) removeListener();
  },
  methods: {
    onClick(): void {},
  },
});
