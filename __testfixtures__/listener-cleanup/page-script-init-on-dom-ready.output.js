// An injected page script: its set-up runs once per page, now or when the document is ready,
// and what it listens to lives as long as the page.
function pageInit() {
  let lastFocus = null;

  async function init() {
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden && lastFocus) lastFocus.focus();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') lastFocus = null;
    }, true);
  }

  init();
}

function popupInit() {
  document.body.addEventListener('mousedown', (event) => {
    window.lastPress = event.timeStamp;
  });
}

if (document.readyState === 'complete' || document.readyState === 'interactive') {
  pageInit();
} else {
  document.addEventListener('DOMContentLoaded', pageInit);
}
window.onload = popupInit;

// The real leak next to it: run again on every click, adding one more listener each time.
function trackScroll() {
  window.addEventListener('scroll', () => {
    window.lastScroll = window.scrollY;
  });
}

document.addEventListener('click', trackScroll);
trackScroll();
