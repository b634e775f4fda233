const { Server: NetServer } = require('net');
const { EventEmitter } = require('events');

// The server is made here, its forwarders chained on the `new`, and the chain's value (the same
// server) kept only on this instance: the listeners die with both.
class Server extends EventEmitter {
  constructor() {
    super();
    this._srv = new NetServer((socket) => socket.end()).on('error', (err) => {
      this.emit('error', err);
    }).on('listening', () => {
      this.emit('listening');
    }).on('close', () => {
      this.emit('close');
    });
  }

  listen(...args) {
    this._srv.listen(...args);
    return this;
  }

  close(cb) {
    this._srv.close(cb);
    return this;
  }
}

module.exports = { Server };
