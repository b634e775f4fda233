// A ready helper: the document fires `readystatechange` only while the page loads (to
// `interactive`, then `complete`), so the listener is never called after that.
export function whenComplete(loaded) {
  if (document.readyState === 'complete') {
    loaded();
  } else {
    document.addEventListener('readystatechange', function () {
      if (document.readyState === 'complete') {
        loaded();
      }
    });
  }
}

// Still a finding: `visibilitychange` fires for the page's whole life.
export function whenVisible(shown) {
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') shown();
  });
}

// Still a finding: a widget owns the listener (policy: a one-time listener inside an owner).
export class Banner extends HTMLElement {
  connectedCallback() {
    document.addEventListener('readystatechange', this.onReady);
  }

  onReady = () => {
    this.hidden = document.readyState !== 'complete';
  };
}
