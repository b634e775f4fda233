async function loadGraph(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  document.querySelector('#graph').innerHTML = await response.text();
}

export function onBranchChange(url) {
  void loadGraph(url).catch((error) => console.error(error));
}
