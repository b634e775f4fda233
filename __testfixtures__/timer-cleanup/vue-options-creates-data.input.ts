import { defineComponent } from 'vue';

export default defineComponent({
  props: { refreshMs: { type: Number, default: 5000 } },
  emits: ['tick'],
  created() {
    requestAnimationFrame(() => this.$emit('tick'));
  },
});
