import { createEffect } from 'solid-js';

export function Meter(props: { sample(): void }) {
  createEffect(() => {
    setInterval(props.sample, 100);
    setTimeout(props.sample, 10);
    requestAnimationFrame(props.sample);
    requestIdleCallback(props.sample);
  });
  return <meter />;
}
