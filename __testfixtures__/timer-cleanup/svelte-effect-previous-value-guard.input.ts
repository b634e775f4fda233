// `lastShape` records what the effect last saw: a re-run with the same shape schedules nothing,
// so cancelling the pending frame in the cleanup would lose the measurement.
export function remeasureOnShape(node: HTMLElement, readShape: () => string, measure: (el: HTMLElement) => void) {
  let lastShape = readShape();
  $effect(() => {
    const shape = readShape();
    const changed = shape !== lastShape;
    if (changed) requestAnimationFrame(() => measure(node));
    lastShape = shape;
  });
}
