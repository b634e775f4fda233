// An AMD page script: the loader runs a module's factory once, and a top-level
// `require([...], callback)` callback once its modules have loaded, so what they register
// directly lives as long as the page, like code at module top level.
define('page/notices', ['page/format'], function (format) {
  const Notices = {};

  liveFeed.on('notice:new', (notice) => {
    console.log(format(notice));
  });

  // A function of the module runs whenever it is called: each call adds one more listener.
  Notices.watch = function (panel) {
    liveFeed.on('notice:read', () => {
      panel.classList.add('read');
    });
  };

  return Notices;
});

require(['page/notices'], (notices) => {
  liveFeed.on('notice:cleared', () => {
    console.log('cleared', notices);
  });

  // A click handler runs on every click: the listener it adds is not a page-lifetime one.
  document.body.addEventListener('click', () => {
    liveFeed.on('notice:dismissed', () => {
      console.log('dismissed');
    });
  });
});
