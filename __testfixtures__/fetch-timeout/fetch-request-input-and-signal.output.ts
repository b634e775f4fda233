export async function forward(request: Request, signal?: AbortSignal) {
  return fetch(request, { signal: signal ? AbortSignal.any([request.signal, signal, AbortSignal.timeout(10_000)]) : AbortSignal.any([request.signal, AbortSignal.timeout(10_000)]) });
}
