import { defineComponent, h, ref, onBeforeUnmount } from 'vue';

export default defineComponent({
  props: { url: { type: String, required: true } },
  setup(props: { url: string }) {
    const width = ref(window.innerWidth);
    const last = ref('');
    const onResize = () => (width.value = window.innerWidth);
    window.addEventListener('resize', onResize);
    const socket = new WebSocket(props.url);
    socket.onmessage = (message) => (last.value = String(message.data));
    onBeforeUnmount(() => {
      window.removeEventListener('resize', onResize);
      socket.close();
    });
    return () => h('p', `${width.value}: ${last.value}`);
  },
});
