import { defineComponent, ref } from 'vue';

export default defineComponent({
  setup() {
    const now = ref(new Date());
    setInterval(() => (now.value = new Date()), 1000);
    return { now };
  },
});
