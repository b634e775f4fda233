// The handler is removed through a local helper's parameter, and every call of the helper passes it.
export function waitForSignIn(popup: Window): Promise<string> {
  return new Promise((resolve, reject) => {
    const finish = (listener: (event: MessageEvent) => void) => {
      window.removeEventListener('message', listener);
      popup.close();
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return;
      finish(onMessage);
      if (typeof event.data === 'string') resolve(event.data);
      else reject(new Error('unexpected reply'));
    };
    window.addEventListener('message', onMessage);
  });
}
