// The poller hands back a stop function that clears its refresh interval;
// the heartbeat interval started beside it is missing from it.
export function startPolling(fetchStatus, sendHeartbeat) {
  const refreshId = setInterval(fetchStatus, 60_000);
  setInterval(() => sendHeartbeat(), 15_000);
  return () => {
    clearInterval(refreshId);
  };
}
