// The same two callers, but no block closes the gate (nothing sets the flag before its call):
// both may run, each adding a listener. Still high.
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
  if (!playerReady) {
    if (document.querySelector('#player')) void onPlayerReady();
  }
}

const observer = new MutationObserver(() => {
  if (!document.querySelector('#player')) return;
  if (pluginsLoaded && !playerReady) {
    void onPlayerReady();
    playerReady = true;
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });

export async function start(): Promise<void> {
  pluginsLoaded = true;
  await checkPlayer();
}
