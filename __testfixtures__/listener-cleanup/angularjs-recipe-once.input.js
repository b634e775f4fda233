// The injector runs a run block and a service recipe once per app: no finding.
angular
  .module('app', [])
  .run([
    '$rootScope',
    function ($rootScope) {
      window.addEventListener('online', () => $rootScope.$broadcast('online'));
    },
  ])
  .factory('connection', function () {
    const state = { online: navigator.onLine };
    window.addEventListener('offline', () => {
      state.online = false;
    });
    return state;
  })
  // A controller is made for every view that uses it: each adds a listener nothing removes.
  .controller('StatusController', function () {
    window.addEventListener('offline', () => console.log('status: offline'));
  });
