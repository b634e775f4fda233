const scheduleTask = ((postMessageSupported: boolean) => {
  if (!postMessageSupported) return (callback: () => void) => setTimeout(callback);
  return ((token: string, callbacks: Array<() => void>) => {
    window.addEventListener('message', (event: MessageEvent) => {
      if (event.source === window && event.data === token) callbacks.shift()?.();
    });
    return (callback: () => void) => {
      callbacks.push(callback);
      window.postMessage(token, '*');
    };
  })(`task@${Math.random()}`, []);
})(typeof window.postMessage === 'function');

(function detectPassive() {
  window.addEventListener('test-passive', () => {}, { passive: true });
}).call(undefined);

export { scheduleTask };
