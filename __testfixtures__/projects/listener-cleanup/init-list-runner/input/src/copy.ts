export function setupCopyButtons() {
  document.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest('[data-copy]');
    if (target) void navigator.clipboard.writeText(target.getAttribute('data-copy') ?? '');
  });
}
