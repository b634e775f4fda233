const { EventEmitter } = require('node:events');

class Receiver extends EventEmitter {}

class Socket extends EventEmitter {
  constructor() {
    super();
    this._receiver = null;
  }

  attach() {
    const receiver = new Receiver();
    this._receiver = receiver;
    receiver.on('message', onMessage);
  }

  // `||` yields the receiver itself when it is there: handed out.
  current() {
    return this._receiver || null;
  }
}

function onMessage(data) {
  console.log(data);
}

module.exports = Socket;
