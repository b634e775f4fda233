export async function forward(request: Request, signal?: AbortSignal) {
  return fetch(request);
}
