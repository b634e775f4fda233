// Polls until the work is done, then settles: the reschedule is one branch of the outcome.
export function waitForSync(check: () => 'done' | 'pending' | 'failed', intervalMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    function probe() {
      switch (check()) {
        case 'failed':
          reject(new Error('sync failed'));
          break;
        case 'pending':
          setTimeout(probe, intervalMs);
          break;
        default:
          resolve();
      }
    }
    setTimeout(probe, intervalMs);
  });
}
