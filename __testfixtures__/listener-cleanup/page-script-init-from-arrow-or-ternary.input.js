// An injected page script whose set-up is called from an arrow handed to DOMContentLoaded or
// window.onload, registered with the page's global addEventListener, or chosen by a ternary
// on document.readyState: each runs once per page, and what it listens to lives as long as
// the page.
function pageInit() {
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) window.lastVisible = Date.now();
  });
}

function popupInit() {
  document.body.addEventListener('mousedown', (event) => {
    window.lastPress = event.timeStamp;
  });
}

function routeInit() {
  window.addEventListener('hashchange', () => {
    document.body.dataset.route = location.hash.slice(1);
  });
}

function menuInit() {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') document.body.classList.remove('menu-open');
  });
}

document.addEventListener('DOMContentLoaded', () => void pageInit());
window.onload = () => {
  popupInit();
};
addEventListener('DOMContentLoaded', routeInit);
document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', menuInit) : menuInit();

// The real leak next to it: run again on every click, adding one more listener each time.
function trackScroll() {
  window.addEventListener('scroll', () => {
    window.lastScroll = window.scrollY;
  });
}

document.addEventListener('click', () => trackScroll());
