const { EventEmitter } = require('node:events');
const { Channel } = require('./channel');

class Session extends EventEmitter {
  constructor() {
    super();
    this.channel = new Channel();
  }

  start(port) {
    const self = this;
    const channel = this.channel;
    channel.open(port);
    // Once the channel is up, greet the server.
    channel.on('open', function () {
      channel.send(self.greeting());
    });
  }

  greeting() {
    return 'hello';
  }

  finish() {
    this.channel.end();
  }
}

module.exports = Session;
