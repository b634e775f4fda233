// The page fires DOMContentLoaded and the window's load once: like { once: true }, the handler
// runs once and is never called again; with no owner, nothing to end.
export const boot = {
  onDOMReady(callback) {
    if (document.readyState === 'interactive' || document.readyState === 'complete') {
      callback();
    } else {
      document.addEventListener('DOMContentLoaded', callback);
    }
  },
  onLoad(callback) {
    window.addEventListener('load', callback);
  },
};
