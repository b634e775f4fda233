import { defineComponent } from 'vue';

export default defineComponent({
  mounted() {
    document.querySelectorAll<HTMLElement>('.tab').forEach((tab) => {
      tab.addEventListener('click', this.onTabClick);
    });
  },
  methods: {
    onTabClick(event: MouseEvent): void {
      console.log(event.currentTarget);
    },
  },
});
