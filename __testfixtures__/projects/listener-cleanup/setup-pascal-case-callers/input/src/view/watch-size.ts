// Called from SizeBadge(), a React component rendered with JSX: its body runs at every render,
// so the resize listener stays high.
export function WatchSize(report: (width: number) => void) {
  window.addEventListener('resize', () => report(window.innerWidth));
  return window.innerWidth;
}
