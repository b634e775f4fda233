const net = require('net');

// A 'close' wait right after destroying a socket handed in: destroy() emits 'close' only for a
// socket still open; one the caller closed already has had its 'close', and the wait hangs.
// Report-only, low (no deadline written: the wait usually ends).
async function shutdown(socket) {
  socket.destroy();
  await new Promise((resolve) => socket.once('close', resolve));
}

// A socket made here but destroyed only after an await: the peer may have closed it meanwhile,
// so the same holds. Low.
async function probe(host) {
  const socket = net.connect(host);
  const banner = await readBanner(socket);
  socket.destroy();
  await new Promise((resolve) => socket.once('close', resolve));
  return banner;
}

async function readBanner() {
  return '';
}

module.exports = { shutdown, probe };
