async function ping() {
  await fetch("/ping", { signal: AbortSignal.timeout(1000) })
}

export function start() {
  void ping().catch((error) => { if (error?.name !== "AbortError") console.error(error) })
}
