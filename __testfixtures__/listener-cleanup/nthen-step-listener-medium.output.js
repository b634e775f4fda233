import nThen from 'nthen';

// Medium: each step of an nthen sequence runs once, in order (before: high, the step taken for a
// callback called back again and again); the page's boot function is handed to other modules.
export const pageBoot = {};
pageBoot.start = function (settings) {
  nThen(function (waitFor) {
    settings.load(waitFor());
  }).nThen(function () {
    window.addEventListener('storage', function (event) {
      settings.reload(event.key);
    });
  });
};

// High: the same sequence started by every reconnect adds one more listener each time.
export function followReconnects(connection) {
  connection.on('reconnect', function () {
    nThen(function () {
      window.addEventListener('online', function () {
        connection.resend();
      });
    });
  });
}
