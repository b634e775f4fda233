async function loadIndex(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  window.searchIndex = await response.json();
}

export function onSearchFocus(url) {
  loadIndex(url);
}
