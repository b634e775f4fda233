import { createEffect, onCleanup } from 'solid-js';

export function Meter(props: { sample(): void }) {
  createEffect(() => {
    const intervalId = setInterval(props.sample, 100);
    onCleanup(() => clearInterval(intervalId));
    const timeoutId = setTimeout(props.sample, 10);
    onCleanup(() => clearTimeout(timeoutId));
    const frameId = requestAnimationFrame(props.sample);
    onCleanup(() => cancelAnimationFrame(frameId));
    const idleCallbackId = requestIdleCallback(props.sample);
    onCleanup(() => cancelIdleCallback(idleCallbackId));
  });
  return <meter />;
}
