import { defineComponent, ref } from 'vue';

export default defineComponent({
  setup() {
    const frame = ref(0);
    setInterval(() => frame.value++, 1000);
    setTimeout(() => (frame.value = 0), 5000);
    requestAnimationFrame(() => frame.value++);
    requestIdleCallback(() => console.debug('idle'));
    return { frame };
  },
});
