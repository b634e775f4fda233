// Negative: its caller's effect returns a cleanup of its own: the caller is left as it is
export function watchKeys(onKey: (key: string) => void): void {
  document.addEventListener('keydown', (event) => onKey(event.key));
}
