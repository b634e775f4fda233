const { EventEmitter } = require('node:events');

class Receiver extends EventEmitter {}

class Socket extends EventEmitter {
  constructor() {
    super();
    this._receiver = null;
  }

  set binaryType(type) {
    // A presence test hands the receiver to nobody.
    if (this._receiver) this._receiver.binaryType = type;
  }

  attach() {
    const receiver = new Receiver();
    this._receiver = receiver;
    receiver.on('message', onMessage);
    receiver.on('error', onError);
  }

  get attached() {
    return this._receiver !== null && !this._receiver.destroyed;
  }
}

function onMessage(data) {
  console.log(data);
}

function onError(error) {
  console.error(error);
}

module.exports = Socket;
