export function setupResizeHint() {
  window.addEventListener('resize', () => {
    document.body.dataset.width = String(window.innerWidth);
  });
}
