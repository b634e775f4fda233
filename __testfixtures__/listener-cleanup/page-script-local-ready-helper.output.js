// A webview page's own "when the document is ready" helper runs its callback once: what the
// callback listens to lives as long as the page.
(function () {
  function docReady(fn) {
    if (document.readyState === 'complete' || document.readyState === 'interactive') {
      setTimeout(fn, 1);
    } else {
      document.addEventListener('DOMContentLoaded', fn);
    }
  }

  // Not a run-once helper: it calls its callback on every resize.
  function onEveryResize(fn) {
    window.addEventListener('resize', fn);
  }

  docReady(() => {
    window.addEventListener('message', (event) => {
      if (event.data && event.data.target === 'webview') document.body.dataset.last = event.data.name;
    });
  });

  onEveryResize(() => {
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') document.body.dataset.last = '';
    });
  });
})();
