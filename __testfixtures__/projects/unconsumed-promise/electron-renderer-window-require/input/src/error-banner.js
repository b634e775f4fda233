export function installErrorBanner() {
  window.addEventListener('unhandledrejection', (event) => {
    document.querySelector('#error-banner').textContent = String(event.reason);
  });
}
