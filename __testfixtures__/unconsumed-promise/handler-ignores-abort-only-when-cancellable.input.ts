async function load(url: string, options: { signal?: AbortSignal } = {}): Promise<string> {
  const response = await fetch(url, options);
  return response.text();
}
async function refresh(signal: AbortSignal): Promise<void> {
  await load('/refresh', { signal });
}
async function save(id: string): Promise<void> {
  await load(`/save/${id}`);
}

export function start(url: string, controller: AbortController) {
  // Given a signal: an AbortError is the cancellation the code asked for, not an error to report.
  load(url, { signal: controller.signal });
  refresh(controller.signal);
  // A request: a signal can be given to it (listener-cleanup's or fetch-timeout's fix may tie it to one).
  fetch(url).then((response) => response.json());
  // Nothing the code holds can abort these: an AbortError from them is an error like any other.
  save(url);
  load(url).then((text) => console.log(text));
}
