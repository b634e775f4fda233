import { defineComponent } from 'vue';

export default defineComponent({
  data() {
    return { tabs: [] as HTMLElement[] };
  },
  mounted() {
    this.tabs = [...document.querySelectorAll<HTMLElement>('.tab')];
    for (const tab of this.tabs) tab.addEventListener('click', this.onTabClick);
  },
  beforeUnmount() {
    for (const tab of this.tabs) tab.removeEventListener('click', this.onTabClick);
  },
  methods: {
    onTabClick(): void {},
  },
});
