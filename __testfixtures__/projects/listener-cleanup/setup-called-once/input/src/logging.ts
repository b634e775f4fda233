// Run by two modules (main.ts and worker-setup.ts): two listeners.
export function setupLogging() {
  window.addEventListener('error', (event) => console.log('error', event.message));
}
