// A `this: void` parameter is no argument: the call's second argument is `init`, and it passes a signal: medium.
async function loadJson(this: void, url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return response.json();
}

export function loadNews(signal: AbortSignal) {
  return loadJson('/news', { signal });
}
