import { defineComponent } from 'vue';

export default defineComponent({
  data() {
    return { removeListeners: [] as (() => void)[] };
  },
  mounted() {
    document.querySelectorAll<HTMLElement>('.tab').forEach((tab) => {
      tab.addEventListener('click', this.onTabClick);
      this.removeListeners.push(() => tab.removeEventListener('click', this.onTabClick));
    });
  },
  beforeUnmount() {
    for (const removeListener of this.removeListeners.splice(0)) removeListener();
  },
  methods: {
    onTabClick(event: MouseEvent): void {
      console.log(event.currentTarget);
    },
  },
});
