// The page's service worker: `navigator.serviceWorker.ready` never rejects (it waits for an
// active worker), so a `.then` whose callback only logs cannot reject either.
export function announceOffline(): void {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.ready.then(() => {
      console.log(
        'This web app is being served cache-first by a service ' +
          'worker. To learn more, visit https://example.com/pwa',
      );
    });
  }
}

// `unregister()` may reject: its dropped chain is a finding. The `.then` around it rejects
// only if its callback throws: a chain, not a known promise (a suggestion; the inner one is
// auto, and an auto run applies it at once).
export function dropWorker(): void {
  void navigator.serviceWorker.ready
    .then((registration) => {
      void registration
        .unregister()
        .then(() => {
          window.location.reload();
        })
        .catch((error) => console.error(error));
    })
    .catch((error) => console.error(error));
}

// Any other promise with a quiet callback is still a finding.
export function announceRegistration(): void {
  void navigator.serviceWorker
    .register('/sw.js')
    .then(() => {
      console.log('registered');
    })
    .catch((error) => console.error(error));
}
