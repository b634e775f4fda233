(function () {
  'use strict';

  // The script's own ready helper calls its callback once: at once when the page is complete,
  // else from the document's readystatechange listener when the page reaches `complete`.
  var ready = function (loaded) {
    if (document.readyState === 'complete') {
      loaded();
    } else {
      document.addEventListener('readystatechange', function () {
        if (document.readyState === 'complete') {
          loaded();
        }
      });
    }
  };

  // Still a finding: this helper calls its callback on every state change (`interactive`, then
  // `complete`), so the callback may run twice.
  var onStateChange = function (changed) {
    document.addEventListener('readystatechange', function () {
      changed();
    });
  };

  ready(function () {
    window.addEventListener('message', function (event) {
      document.title = String(event.data);
    });
  });

  onStateChange(function () {
    window.addEventListener('resize', function () {
      document.body.dataset.width = String(window.innerWidth);
    });
  });
})();
