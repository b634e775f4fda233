// A daemon written in the pre-class style: one instance per process, made by the module's own
// `require.main` block or by the file that requires it. startLogic() runs once per instance
// (medium: how often depends on the instances other files make); reload() adds a listener on
// every 'reload' message (high: the file shows it piles up).
var domain = require('domain');
var bus = require('./bus');

var Daemon = module.exports = function (opts) {
  this.opts = opts || {};
};

Daemon.prototype.start = function () {
  var that = this;
  var d = domain.create();
  d.run(function () {
    that.innerStart();
  });
};

Daemon.prototype.innerStart = function () {
  this.startLogic();
  process.on('message', (msg) => {
    if (msg === 'reload') this.reload();
  });
};

Daemon.prototype.startLogic = function () {
  bus.on('axm:action', function onAction(msg) {
    console.log('action', msg);
  });
};

Daemon.prototype.reload = function () {
  bus.on('axm:monitor', function onMonitor(msg) {
    console.log('monitor', msg);
  });
};

if (require.main === module) {
  var daemon = new Daemon();
  daemon.start();
}
