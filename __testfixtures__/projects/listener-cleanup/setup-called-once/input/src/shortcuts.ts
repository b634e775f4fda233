// Called once, at the top level of main.ts: the listener lives as long as the page by intent.
export function setupShortcuts() {
  window.addEventListener('keydown', (event) => console.log('key', event.key));
}
