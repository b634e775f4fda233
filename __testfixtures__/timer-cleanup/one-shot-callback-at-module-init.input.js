// The ping interval starts once, in a timeout callback the module schedules while it loads:
// it lives as long as the page, by intent.
let ws = null;

setTimeout(() => {
  ws = connect();
  setInterval(sendPing, 1000);
}, 0);

// The real leak next to it: every click starts another interval that nothing stops.
document.getElementById('sync').addEventListener('click', () => {
  setInterval(checkOutstandingSyncs, 1000);
});

function connect() {
  return new WebSocket('wss://example.test/ws');
}

function sendPing() {
  ws.send('ping');
}

function checkOutstandingSyncs() {
  ws.send('status');
}
