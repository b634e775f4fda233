declare function createHandler(handle: (message: { type: string }) => Promise<void>): void;
declare function ping(url: string): Promise<boolean>;

const state = { visible: true };

// Called from a message handler, but the page reloads right after it: it runs at most once
// per page, so its document listener is no high-confidence leak.
function waitForServer(url: string): Promise<void> {
  document.addEventListener('visibilitychange', () => {
    state.visible = document.visibilityState === 'visible';
  });
  return ping(url).then(() => undefined);
}

// The real leak next to it: called at every message, with nothing ending the page.
function watchFocus(): void {
  window.addEventListener('focus', () => {
    state.visible = true;
  });
}

async function handleMessage(message: { type: string }): Promise<void> {
  switch (message.type) {
    case 'disconnect':
      await waitForServer('/ping');
      location.reload();
      break;
    case 'update':
      watchFocus();
      break;
  }
}

createHandler(handleMessage);
