async function ping() {
  await fetch("/ping", { signal: AbortSignal.timeout(1000) })
}

export function start() {
  void ping().catch((error) => console.error(error))
}
