// The page's setup runs once: its two callers test the same flag, and each closes it before
// calling (never set back). Medium (runs once as far as the file shows), not high.
declare global {
  interface Window {
    bridge: { on(channel: string, listener: (...args: unknown[]) => void): void };
  }
}

let playerReady = false;
let pluginsLoaded = false;

async function onPlayerReady(): Promise<void> {
  window.bridge.on('player:toggle', () => {
    document.querySelector<HTMLElement>('.play-button')?.click();
  });
}

async function checkPlayer(): Promise<void> {
  if (!playerReady && document.querySelector('#player')) {
    playerReady = true;
    void onPlayerReady();
  }
}

const observer = new MutationObserver(() => {
  if (!document.querySelector('#player')) return;
  observer.disconnect();
  if (pluginsLoaded && !playerReady) {
    playerReady = true;
    void onPlayerReady();
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });

export async function start(): Promise<void> {
  pluginsLoaded = true;
  await checkPlayer();
}
