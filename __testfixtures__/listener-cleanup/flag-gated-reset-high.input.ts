// Both callers close the gate before calling, but signOut() sets the flag back: the setup runs
// again after each sign-out, and its listener piles up. High.
declare global {
  interface Window {
    relay: { on(channel: string, listener: () => void): void };
  }
}

let mounted = false;

async function mountApp(): Promise<void> {
  window.relay.on('app:reload', () => location.reload());
}

export async function start(): Promise<void> {
  if (!mounted && document.querySelector('#root')) {
    mounted = true;
    await mountApp();
  }
}

const watcher = new MutationObserver(() => {
  if (document.querySelector('#root') && !mounted) {
    mounted = true;
    void mountApp();
  }
});
watcher.observe(document.body, { childList: true, subtree: true });

export function signOut(): void {
  mounted = false;
}
