import { defineComponent, h, ref } from 'vue';

export default defineComponent({
  props: { url: { type: String, required: true } },
  setup(props: { url: string }) {
    const width = ref(window.innerWidth);
    const last = ref('');
    const onResize = () => (width.value = window.innerWidth);
    window.addEventListener('resize', onResize);
    const socket = new WebSocket(props.url);
    socket.onmessage = (message) => (last.value = String(message.data));
    return () => h('p', `${width.value}: ${last.value}`);
  },
});
