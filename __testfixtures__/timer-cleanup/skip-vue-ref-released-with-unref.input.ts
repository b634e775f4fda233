import { defineComponent, h, onBeforeUnmount, onMounted, ref, unref } from 'vue'

export default defineComponent({
  props: { delay: { type: Number, default: 1 } },
  setup(props) {
    const shown = ref(false)
    const timer = ref<ReturnType<typeof setTimeout> | null>(null)
    onMounted(() => {
      timer.value = setTimeout(() => (shown.value = true), props.delay * 1000)
    })
    onBeforeUnmount(() => {
      clearTimeout(unref(timer) ?? undefined)
    })
    return () => (shown.value ? h('span', 'ready') : null)
  },
})
