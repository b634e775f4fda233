/** Listener helpers that hand back their own undo. */

export function addEventListener<K extends keyof WindowEventMap>(
  target: Window,
  type: K,
  listener: (event: WindowEventMap[K]) => void,
): () => void {
  // safe: the function returned below removes this very listener.
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}
