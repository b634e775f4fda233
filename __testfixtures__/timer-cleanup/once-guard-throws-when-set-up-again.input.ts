let refreshing = false;
let syncStopped = false;

// Not a finding: a second call throws before it starts another interval (set up once per process).
export function startRefreshing(refresh: () => void): void {
  if (refreshing) {
    throw new Error('refreshing is already set up');
  }
  setInterval(refresh, 60_000);
  refreshing = true;
}

export function stopSync(): void {
  syncStopped = true;
}

// Still a finding: the throw guards a stop, and nothing here sets the flag.
export function startSync(sync: () => void): void {
  if (syncStopped) throw new Error('sync was stopped');
  setInterval(sync, 60_000);
}
