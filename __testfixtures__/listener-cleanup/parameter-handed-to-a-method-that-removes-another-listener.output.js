function onSocketError() {
  this.destroy();
}

function onSocketEnd() {
  this.end();
}

export class UpgradeServer {
  constructor() {
    this.clients = new Set();
  }

  handleUpgrade(req, socket, done) {
    socket.on('error', onSocketError);
    this.completeUpgrade(req, socket, done);
  }

  // Removes another function: the 'error' listener stays on the socket.
  completeUpgrade(req, socket, done) {
    socket.removeListener('error', onSocketEnd);
    this.clients.add(socket);
    done(socket);
  }

  close() {
    for (const socket of this.clients) socket.destroy();
    this.clients.clear();
  }
}
