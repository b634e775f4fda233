const { setTimeout } = require('node:timers/promises')

// Retry loops whose counter is declared before `while (true)` and counted in every round that
// sleeps: each gives up after so many attempts.
async function callWithRetries(name, fn) {
  let remainingAttempts = 3
  while (true) {
    try {
      return await fn()
    } catch (err) {
      remainingAttempts--
      if (remainingAttempts > 0 && isRetryable(err)) {
        await setTimeout(1000)
        continue
      } else {
        throw err
      }
    }
  }
}

async function connectWithBackoff(connect) {
  let attempt = 0
  do {
    attempt++
    try {
      return await connect()
    } catch (err) {
      if (attempt >= 5) throw err
    }
    await setTimeout(attempt * 100)
  } while (true)
}

module.exports = { callWithRetries, connectWithBackoff }
