// Run by two modules (main.ts and worker-setup.ts): two listeners.
export function setupLogging() {
  const handleError = (event: WindowEventMap['error']) => console.log('error', event.message);
  window.addEventListener('error', handleError);
  return () => {
    window.removeEventListener('error', handleError);
  };
}
