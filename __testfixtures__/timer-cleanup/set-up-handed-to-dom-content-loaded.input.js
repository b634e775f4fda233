function refreshStats() {
  document.title = String(Date.now());
}

// Not a finding: the page hands initialize to its one-time DOMContentLoaded event, so the
// interval is set once per page, as if written in place in the listener.
function initialize() {
  const refreshMs = 1000;
  window.setInterval(refreshStats, refreshMs);
}
document.addEventListener('DOMContentLoaded', initialize);

// Still a finding: every click starts one more interval.
function startTicker() {
  window.setInterval(refreshStats, 1000);
}
document.addEventListener('click', startTicker);
