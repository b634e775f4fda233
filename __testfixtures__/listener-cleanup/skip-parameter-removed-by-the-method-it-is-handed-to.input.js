function onSocketError() {
  this.destroy();
}

function abortHandshake(socket, code) {
  socket.end(`HTTP/1.1 ${code}\r\n\r\n`);
}

export class UpgradeServer {
  constructor() {
    this.clients = new Set();
  }

  handleUpgrade(req, socket, done) {
    socket.on('error', onSocketError);
    if (req.method !== 'GET') {
      abortHandshake(socket, 405);
      return;
    }
    this.verify(req, (ok) => {
      if (!ok) return abortHandshake(socket, 401);
      this.completeUpgrade(req, socket, done);
    });
  }

  verify(req, cb) {
    cb(req.headers.upgrade === 'websocket');
  }

  // The upgrade takes the socket over: the guard listener goes here.
  completeUpgrade(req, socket, done) {
    socket.removeListener('error', onSocketError);
    this.clients.add(socket);
    done(socket);
  }

  close() {
    for (const socket of this.clients) socket.destroy();
    this.clients.clear();
  }
}
