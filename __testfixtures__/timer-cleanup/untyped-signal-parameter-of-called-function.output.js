// `signal` is the AbortSignal its caller passes: the drain's timers end with it.
function drain(signal) {
  if (state.busy) return
  state.busy = true
  const timeoutId = setTimeout(function () {
    startDrain(io, () => {
      state.done = true
    })
  }, 500)
  signal?.addEventListener('abort', () => clearTimeout(timeoutId), { once: true })
}

const controller = new AbortController()
drain(controller.signal)
