export function setupHotkeys() {
  document.addEventListener('keydown', (event) => {
    if (event.key === '/') document.querySelector<HTMLInputElement>('#search')?.focus();
  });
}
