import { onBeforeUnmount, onMounted, ref } from 'vue'

export function useClock() {
  const now = ref(Date.now())
  const onVisible = () => (now.value = Date.now())
  let intervalId
  onMounted(() => {
    document.addEventListener('visibilitychange', onVisible)
    intervalId = setInterval(() => (now.value = Date.now()), 1000)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisible)
    clearInterval(intervalId)
  })
  return now
}
