// A renderer page waits for the player element with an observer that disconnects on first
// sight, then runs the player's set-up; a start-up check runs it too when the player is already
// there. Each call runs at most once, so the set-up's listeners live with the page (medium).
interface PlayerBridge {
  on(channel: string, listener: (...args: unknown[]) => void): void;
}
declare const bridge: PlayerBridge;

let playerReady = false;

async function onPlayerReady(): Promise<void> {
  bridge.on('player:pause', () => document.querySelector('video')?.pause());
}

async function checkPlayer(): Promise<void> {
  if (!playerReady && document.querySelector('#player')) {
    await onPlayerReady();
  }
}

async function main(): Promise<void> {
  await checkPlayer();
}

const watchForPlayer = async () => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('#player')) {
      observer.disconnect();
      if (!playerReady) {
        playerReady = true;
        void onPlayerReady();
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
};

void watchForPlayer().then(main);

// The real leak beside it: an observer that never disconnects runs its callback at every
// mutation, adding one more listener each time (high).
function onRowAdded(): void {
  bridge.on('row:select', () => document.querySelector('tr')?.focus());
}

const rowObserver = new MutationObserver(() => {
  if (document.querySelector('tr.new')) onRowAdded();
});
rowObserver.observe(document.body, { childList: true, subtree: true });

// Also high: an observer that disconnects but is armed again by a handler (each navigation runs
// the code past the disconnect once more).
const pageObserver = new MutationObserver(() => {
  if (!document.querySelector('#page')) return;
  pageObserver.disconnect();
  bridge.on('page:print', () => window.print());
});
window.addEventListener('popstate', () => pageObserver.observe(document.body, { childList: true }));

export {};
