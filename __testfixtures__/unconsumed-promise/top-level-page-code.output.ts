// Page code (it reads `document`): a rejection at module top level is only reported by the
// browser; no exit code or failed server start-up hangs on it, so the fix stays automatic.
const banner = document.querySelector('#offline-banner');

async function warmUp(): Promise<void> {
  await window.caches.open('pages');
  banner?.remove();
}

void warmUp().catch((error) => console.error(error));

void (async () => {
  const keys = await window.caches.keys();
  console.log(keys.length);
})().catch((error) => console.error(error));
