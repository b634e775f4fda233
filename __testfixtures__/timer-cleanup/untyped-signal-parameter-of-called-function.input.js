// `signal` is the AbortSignal its caller passes: the drain's timers end with it.
function drain(signal) {
  if (state.busy) return
  state.busy = true
  setTimeout(function () {
    startDrain(io, () => {
      state.done = true
    })
  }, 500)
}

const controller = new AbortController()
drain(controller.signal)
