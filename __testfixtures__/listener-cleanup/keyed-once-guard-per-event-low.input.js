const EventEmitter = require('events');
const debug = require('debug')('bus');

const bus = new EventEmitter();

// One debug listener per event name: the guard tests the name the listener is added for, and
// the guarded block records it (low).
const collected = {};
bus.on('newListener', function (event) {
  if (!collected[event]) {
    collected[event] = true;
    bus.on(event, function () {
      debug('bus emit: %s', event);
    });
  }
});

// The real leak next to it: nothing records the name the guard tests, so every new listener for
// a name adds one more debug listener for it (high).
const failed = new Set();
bus.on('newListener', function (event) {
  if (!failed.has(event)) {
    bus.on(event, function () {
      debug('bus emit again: %s', event);
    });
  }
});

module.exports = bus;
