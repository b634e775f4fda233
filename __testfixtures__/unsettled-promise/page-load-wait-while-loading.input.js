// The page's own load events, awaited while the page is still loading: they always come.
if (document.readyState === 'loading') {
  await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve));
}
await new Promise((resolve) => window.addEventListener('load', resolve));

export function start() {
  document.body.dataset.ready = 'true';
}

// Still a finding: called after the page has loaded, this waits for a 'load' that has passed.
export async function whenLoaded() {
  await new Promise((resolve) => window.addEventListener('load', resolve));
  start();
}
