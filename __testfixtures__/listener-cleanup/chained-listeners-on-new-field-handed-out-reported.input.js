const { Server: NetServer } = require('net');
const { EventEmitter } = require('events');

// The same chain, but the server is handed out (`get server()`): others hold it, and the
// forwarders hold this instance. Still a finding.
class Server extends EventEmitter {
  constructor() {
    super();
    this._srv = new NetServer((socket) => socket.end()).on('error', (err) => {
      this.emit('error', err);
    }).on('close', () => {
      this.emit('close');
    });
  }

  get server() {
    return this._srv;
  }

  close(cb) {
    this._srv.close(cb);
    return this;
  }
}

// A chain that ends in another call (`.listen()`) is not followed: still a finding.
class Relay extends EventEmitter {
  constructor(port) {
    super();
    this._srv = new NetServer((socket) => socket.end()).on('error', (err) => {
      this.emit('error', err);
    }).listen(port);
  }

  close(cb) {
    this._srv.close(cb);
    return this;
  }
}

module.exports = { Server, Relay };
