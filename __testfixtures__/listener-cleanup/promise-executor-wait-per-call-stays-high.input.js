// A wait made in a loop at module top level, in a function called twice, or in a class field adds
// one listener per promise: still a wait helper's listener, reported high.
const { EventEmitter } = require('events');
const bus = new EventEmitter();

for (const name of ['a', 'b']) {
  const arrived = new Promise((resolve) => {
    bus.on(name, resolve);
  });
  arrived.then(() => console.log(name));
}

function connect() {
  return new Promise((resolve) => {
    bus.on('connection', (socket) => resolve(socket));
  });
}

connect().then((socket) => socket.send('first'));
connect().then((socket) => socket.send('second'));

class Session {
  opened = new Promise((resolve) => {
    bus.on('open', resolve);
  });
}

module.exports = { Session };
