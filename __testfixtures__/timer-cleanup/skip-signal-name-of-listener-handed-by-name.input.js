// `signal` is the process signal's name ('SIGTERM'): drain() is handed to process.on by its
// name, so it has no AbortSignal to tie its timers to (`'SIGTERM'.addEventListener` would throw).
function drain(signal) {
  if (state.busy) {
    log({ signal }, 'shutdown already in progress')
    return
  }
  state.busy = true
  setTimeout(function () {
    log({ signal }, 'starting drain')
    startDrain(io, () => {
      setTimeout(() => {
        state.done = true
      }, 1000)
    })
  }, 500)
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, drain)
}
