import { onBeforeUnmount, onMounted, shallowRef } from 'vue'

interface Chart {
  refresh(): void
  dispose(): void
}

export function useChart(render: () => Chart) {
  const chart = shallowRef<Chart | null>(null)
  let intervalId: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    chart.value = render()
    intervalId = setInterval(() => chart.value?.refresh(), 60_000)
  })
  // the chart may never have been rendered
  onBeforeUnmount(() => {
    clearInterval(intervalId)
    if (!chart.value) return
    chart.value.dispose()
  })
  return chart
}
