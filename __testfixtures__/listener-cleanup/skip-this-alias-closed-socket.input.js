const { EventEmitter } = require('node:events');
const net = require('node:net');
const tls = require('node:tls');

class Channel extends EventEmitter {
  constructor() {
    super();
    this.socket = new net.Socket();
  }

  open(port) {
    const self = this;
    const relay = function (error) {
      self.emit('error', error);
    };
    this.socket.connect(port);
    this.socket.on('error', relay);
    this.socket.once('data', function () {
      self.upgrade(relay);
    });
  }

  upgrade(relay) {
    const self = this;
    self.socket = tls.connect({ socket: self.socket });
    // The secured socket is this.socket from here on, and close() ends it.
    self.socket.on('error', relay);
  }

  close() {
    this.socket.end();
  }
}

module.exports = Channel;
