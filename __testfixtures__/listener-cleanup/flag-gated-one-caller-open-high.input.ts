// Two callers test the same flag, but only the observer's closes it before calling: start() can
// run the setup while the flag is still open, and the next mutation runs it again. High.
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
  if (!mounted && document.querySelector('#root')) await mountApp();
}

const watcher = new MutationObserver(() => {
  if (document.querySelector('#root') && !mounted) {
    mounted = true;
    void mountApp();
  }
});
watcher.observe(document.body, { childList: true, subtree: true });
