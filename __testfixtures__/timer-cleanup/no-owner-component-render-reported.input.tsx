export function Clock({ tick }: { tick: () => void }) {
  setInterval(tick, 1000);
  return <span />;
}
