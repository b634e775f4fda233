// A page script that waits for the page's modules: each retry returns before the set-up, so at
// most one run gets past the gate, and each feature is set up once behind its flag.
let retries = 0;

const start = () => {
  // Before the gate: added again at every retry.
  window.addEventListener('focus', () => console.log('focused', retries));
  if (typeof window.require !== 'function') {
    retries += 1;
    setTimeout(start, 200 * retries);
    return;
  }

  const ready = { badge: false };
  const setUpFeatures = () => {
    if (!ready.badge) {
      window.addEventListener('badge-changed', (event) => console.log('badge', event.type));
      ready.badge = true;
    }
  };

  window.addEventListener('online', () => console.log('online again'));
  setUpFeatures();
  setInterval(setUpFeatures, 1000);
};

start();
