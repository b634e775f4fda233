// The same listeners where the file shows the code runs again: a function called from a handler
// and from start-up, a listener added in a message handler, a helper called from two places,
// and the once-callback of the negative case without its flag. High: each run adds one more on
// an object that lives as long as the page.
declare const events: { on(event: string, fn: () => void): void };
declare const storage: { onready(fn: () => void): void };

function afterStart(): boolean {
  window.addEventListener('online', () => console.info('online'));
  return navigator.onLine;
}

async function start(): Promise<boolean> {
  events.on('registration_done', () => afterStart());
  return afterStart();
}

void start();

events.on('config', () => {
  window.addEventListener('beforeunload', () => console.info('leaving'));
});

function bindResize(): boolean {
  window.addEventListener('resize', () => console.info(window.innerWidth));
  return true;
}

export function openChat(): boolean {
  return bindResize();
}

export function openThread(): boolean {
  return bindResize();
}

export function startApp(): void {
  storage.onready(() => {
    document.addEventListener('visibilitychange', () => console.info(document.hidden));
  });
}
