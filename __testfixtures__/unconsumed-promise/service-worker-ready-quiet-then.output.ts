declare function report(): Promise<void>;

// `navigator.serviceWorker.ready` never rejects, and these callbacks only log: nothing can reject
export function announceOffline(): void {
  navigator.serviceWorker.ready.then(() => console.log('This page works offline.'));
  window.navigator.serviceWorker.ready.then(() => {
    console.info('ready');
  });
}

// A callback that returns a promise that may reject: a finding
export function announceAndReport(): void {
  navigator.serviceWorker.ready.then(() => report());
}

// Another object's `ready`: nothing says it cannot reject
export function waitForPlayer(player: { ready: Promise<void> }): void {
  player.ready.then(() => console.log('ready'));
}
