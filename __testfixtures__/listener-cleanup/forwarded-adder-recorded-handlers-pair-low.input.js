const EventEmitter = require('events');

const bus = new EventEmitter();
const eventHandlers = {};

function monitor() {}

// A module API assigned as properties (`api.addListener = api.on = function`): the adder records
// the caller's handler, and removeAll removes every recorded handler from the same bus (low).
monitor.addListener = monitor.on = function (event, handler) {
  if (!eventHandlers[event]) { eventHandlers[event] = []; }
  eventHandlers[event].push(handler);
  bus.on(event, handler);
  return monitor;
};

monitor.removeAll = function () {
  Object.keys(eventHandlers).forEach(function (event) {
    eventHandlers[event].forEach(function (handler) {
      bus.removeListener(event, handler);
    });
  });
  return monitor;
};

// The real leak next to it: the handler is recorded, but nothing removes the recorded handlers
// from the bus (high).
const counted = [];
monitor.watch = function (event, handler) {
  counted.push(handler);
  bus.on(event, handler);
  return monitor;
};

monitor.count = function () {
  return counted.length;
};

monitor.on('start', () => {});
monitor.watch('stop', () => {});
monitor.watch('crash', () => {});

module.exports = monitor;
