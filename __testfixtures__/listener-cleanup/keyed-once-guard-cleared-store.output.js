const EventEmitter = require('events');
const debug = require('debug')('bus');

const bus = new EventEmitter();

// The guard records each event name, but the record is dropped at every restart: after that each
// name gets one more debug listener, so the guard proves nothing (high, not low).
const collected = {};
bus.on('newListener', function (event) {
  if (!collected[event]) {
    collected[event] = true;
    bus.on(event, function () {
      debug('bus emit: %s', event);
    });
  }
});
bus.on('restart', function () {
  for (const key of Object.keys(collected)) delete collected[key];
});

// The same with a Set that is cleared.
const seen = new Set();
bus.on('newListener', function (event) {
  if (!seen.has(event)) {
    seen.add(event);
    bus.on(event, function () {
      debug('bus emit again: %s', event);
    });
  }
});
bus.on('reset', function () {
  seen.clear();
});

module.exports = bus;
