// The handler ends the process only for one message: `return` leaves it first for every other
// one. Added per request, each request adds one more listener that stays on `process`: an
// ordinary listener, reported.
module.exports = function onRequest(req, res) {
  process.on('message', (msg) => {
    if (msg !== 'stop') return;
    process.exit(0);
  });
  res.end('ok');
};
