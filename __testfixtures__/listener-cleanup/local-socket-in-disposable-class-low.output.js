'use strict';

const net = require('net');

// A class with a disposal method opens a socket in a local const of a method and listens to its
// data; nothing waits for the socket's end and dispose() never closes it: it runs on with its
// listener. No release method reaches the local (no fix), and whether it ends is not shown: low.
class Feed {
  start(port) {
    const socket = net.connect(port);
    socket.on('data', (d) => this.onData(d));
  }

  onData(d) {
    this.last = d;
  }

  dispose() {
    this.last = null;
  }
}

// The same with a disconnect callback: calling the callback handed last on 'close' only reacts to
// an end that may never come; it does not show the socket ends. Still low.
class Tail {
  start(port, onDisconnect) {
    const socket = net.connect(port);
    socket.on('data', (d) => this.onData(d));
    socket.on('close', () => onDisconnect());
  }

  onData(d) {
    this.last = d;
  }

  dispose() {
    this.last = null;
  }
}

module.exports = { Feed, Tail };
