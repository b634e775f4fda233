// An overlay that listens in the capture phase but removed its listener in the bubble phase,
// which removes nothing: the removal gets the capture flag.
export function openOverlay(root: HTMLElement): () => void {
  const onPointerDown = (event: PointerEvent) => {
    if (!root.contains(event.target as Node)) close();
  };
  const close = () => {
    window.removeEventListener('pointerdown', onPointerDown);
    root.remove();
  };
  requestAnimationFrame(() => {
    window.addEventListener('pointerdown', onPointerDown, { capture: true });
  });
  return close;
}
