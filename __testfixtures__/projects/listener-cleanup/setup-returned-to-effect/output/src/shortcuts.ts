// Negative: its caller's effect returns a cleanup of its own: the caller is left as it is
export function watchKeys(onKey: (key: string) => void): () => void {
  const handleKeyDown = (event: DocumentEventMap['keydown']) => onKey(event.key);
  document.addEventListener('keydown', handleKeyDown);
  return () => {
    document.removeEventListener('keydown', handleKeyDown);
  };
}
