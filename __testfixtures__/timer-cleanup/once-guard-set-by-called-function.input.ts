import { autoUpdater } from './auto-updater';

let isInit = false;
let started = false;

// Not a finding: every call of init() is behind `if (!isInit)`, and init() sets the flag itself,
// so the update check is scheduled once per process (hyper's updater).
async function init() {
  await autoUpdater.ready();
  setInterval(() => {
    void autoUpdater.checkForUpdates();
  }, 30 * 60 * 1000);
  isInit = true;
}

export function updater() {
  if (!isInit) {
    void init();
  }
}

// Still a finding: nothing sets `started`, so every call of poll() starts another interval.
function startPolling(onTick: () => void) {
  setInterval(onTick, 1000);
}

export function poll(onTick: () => void) {
  if (!started) {
    startPolling(onTick);
  }
}
