import { defineComponent } from 'vue';

export default defineComponent({
  props: { refreshMs: { type: Number, default: 5000 } },
  emits: ['tick'],
  data() {
    return { frameId: undefined as number | undefined };
  },
  created() {
    this.frameId = requestAnimationFrame(() => this.$emit('tick'));
  },
  beforeUnmount() {
    if (this.frameId !== undefined) cancelAnimationFrame(this.frameId);
  },
});
