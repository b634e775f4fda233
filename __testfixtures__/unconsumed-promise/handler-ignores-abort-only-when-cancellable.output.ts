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
  void load(url, { signal: controller.signal }).catch((error) => { if (error?.name !== 'AbortError') console.error(error); });
  void refresh(controller.signal).catch((error) => { if (error?.name !== 'AbortError') console.error(error); });
  // A request: a signal can be given to it (listener-cleanup's or fetch-timeout's fix may tie it to one).
  void fetch(url).then((response) => response.json()).catch((error) => { if (error?.name !== 'AbortError') console.error(error); });
  // Nothing the code holds can abort these: an AbortError from them is an error like any other.
  void save(url).catch((error) => console.error(error));
  void load(url).then((text) => console.log(text)).catch((error) => console.error(error));
}
