// boot() runs once (main.ts), and loadSettings() once from it. The listener added beside the
// wait uses nothing of the promise: set-up done once per call, like code outside it. No finding.
export async function boot() {
  await loadSettings();
}

function loadSettings() {
  return new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    process.on('message', (message) => console.log('settings', message));
  });
}
