async function loadGraph(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  document.querySelector('#graph').innerHTML = await response.text();
}

export function onBranchChange(url) {
  loadGraph(url);
}
