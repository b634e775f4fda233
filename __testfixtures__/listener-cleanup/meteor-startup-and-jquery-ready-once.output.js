// Meteor.startup and jQuery's ready (also `jQuery(fn)`) run their callback once per page: what it adds is the page's.
Meteor.startup(() => {
  window.addEventListener('storage', (event) => {
    if (event.key === 'Meteor.loginToken') syncCookie();
  });
});

$(document).ready(() => {
  window.addEventListener('resize', () => {
    applyLeftMenuWidth();
  });
});

// jQuery's shorthand for the same ready event.
jQuery(async function () {
  window.addEventListener('hashchange', () => {
    applyLeftMenuWidth();
  });
});

function syncCookie() {
  document.cookie = 'synced=1';
}

function applyLeftMenuWidth() {
  document.body.style.setProperty('--left-menu', '240px');
}

// The real leak next to it: one more listener at every click.
document.addEventListener('click', () => {
  window.addEventListener('scroll', () => {
    applyLeftMenuWidth();
  });
});
