export function watchViewport(onChange: () => void): void {
  window.addEventListener('resize', onChange);
}

export function listenForKeys(onKey: (event: KeyboardEvent) => void) {
  document.addEventListener('keydown', onKey);
  return onKey;
}
