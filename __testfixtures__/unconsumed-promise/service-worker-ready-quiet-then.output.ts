declare function report(): Promise<void>;

// `navigator.serviceWorker.ready` never rejects, and these callbacks only log: nothing can reject
export function announceOffline(): void {
  navigator.serviceWorker.ready.then(() => console.log('This page works offline.'));
  window.navigator.serviceWorker.ready.then(() => {
    console.info(
      'This web app is being served cache-first by a service ' +
        'worker. To learn more, visit https://example.com/pwa',
    );
  });
}

// A callback that returns a promise that may reject: a finding
export function announceAndReport(): void {
  navigator.serviceWorker.ready.then(() => report());
}

// A log of a computed text may throw: a finding
export function announceScope(): void {
  navigator.serviceWorker.ready.then((registration) => console.log(`scope: ${registration.scope.toUpperCase()}`));
}

// Another object's `ready`: nothing says it cannot reject
export function waitForPlayer(player: { ready: Promise<void> }): void {
  player.ready.then(() => console.log('ready'));
}
