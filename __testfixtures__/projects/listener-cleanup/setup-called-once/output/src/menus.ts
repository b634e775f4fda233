// Handed once to DOMContentLoaded in main.ts.
export function setupMenus() {
  document.addEventListener('click', (event) => console.log('menu', event.target));
}
