import { defineComponent } from 'vue';

export default defineComponent({
  mounted() {
    for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', this.onClick);
    document.querySelectorAll('.panel').forEach((panel) => {
      panel.addEventListener('focus', this.onClick);
    });
  },
  methods: {
    onClick(): void {},
  },
});
