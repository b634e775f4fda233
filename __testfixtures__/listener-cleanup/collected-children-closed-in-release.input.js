'use strict';

const dgram = require('dgram');

// A broadcaster keeps every UDP socket it opens in this.servers and closes them all in close():
// each socket's listeners end with it. No finding. The discovery socket it never collects (nor
// closes) keeps its 'message' listener: still a finding.
class Broadcaster {
  constructor() {
    this.servers = [];
  }

  listen(port) {
    const server = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    server.on('message', (msg, rinfo) => this.onMessage(msg, rinfo));
    server.bind({ port }, () => {
      this.servers.push(server);
    });
  }

  discover(port) {
    const probe = dgram.createSocket('udp4');
    probe.on('message', (msg) => this.onMessage(msg, null));
    probe.bind(port);
  }

  onMessage(msg, rinfo) {
    this.last = { msg, rinfo };
  }

  close() {
    this.servers.forEach((server) => server.close());
    this.servers = [];
  }
}

module.exports = Broadcaster;
