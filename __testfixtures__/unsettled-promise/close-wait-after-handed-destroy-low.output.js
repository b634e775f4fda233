// A 'close' wait right after destroying a socket handed in: destroy() emits 'close' only for a
// socket still open; one the caller closed already has had its 'close', and the wait hangs.
// Report-only, low (no deadline written: the wait usually ends).
async function shutdown(socket) {
  socket.destroy();
  await new Promise((resolve) => socket.once('close', resolve));
}

module.exports = shutdown;
