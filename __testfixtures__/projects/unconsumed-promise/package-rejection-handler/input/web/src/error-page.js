import { showErrorPage } from './ui.js';

export function installErrorPage() {
  function onRejection(event) {
    if (event.reason && event.reason.name === 'AbortError') return;
    showErrorPage(event.reason);
  }
  window.addEventListener('unhandledrejection', onRejection);
}
