// The helper that removes its parameter is handed out: a caller this file cannot see may pass
// another function, so the removal does not count for this listener.
export function listenForReplies(onReply: (text: string) => void): { stop: (listener: (event: MessageEvent) => void) => void } {
  const stop = (listener: (event: MessageEvent) => void) => {
    window.removeEventListener('message', listener);
  };
  const onMessage = (event: MessageEvent) => {
    if (typeof event.data === 'string') onReply(event.data);
  };
  window.addEventListener('message', onMessage);
  return { stop };
}
