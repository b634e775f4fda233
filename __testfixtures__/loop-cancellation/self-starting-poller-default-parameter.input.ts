let rounds = 0;

export function refreshStatus(delayMs = 5_000): void {
  rounds += 1;
  setTimeout(refreshStatus, delayMs);
}
