// Not a finding: the page's load listener and the registration's promise reaction each run once,
// so the update check is set up once, while the module initialises.
window.addEventListener('load', () => {
  navigator.serviceWorker?.register('./sw.js').then((registration) => {
    setInterval(() => registration.update(), 60 * 60 * 1000);
  });
});

// A finding: every resize starts another interval.
window.addEventListener('resize', () => {
  setInterval(() => console.log('tick'), 1000);
});
