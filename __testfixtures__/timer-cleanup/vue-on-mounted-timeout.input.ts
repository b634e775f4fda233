import { onMounted, ref } from 'vue';

export default {
  setup() {
    const visible = ref(true);
    onMounted(() => {
      setTimeout(() => (visible.value = false), 3000);
    });
    return { visible };
  },
};
