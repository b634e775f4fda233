export function startHeartbeat(send: () => void): void {
  setInterval(send, 30_000);
}
