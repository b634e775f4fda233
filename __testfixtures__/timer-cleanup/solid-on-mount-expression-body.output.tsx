import { onMount, onCleanup } from 'solid-js';

export function Meter(props: { sample(): void }) {
  onMount(() => {
    const intervalId = setInterval(props.sample, 100);
    onCleanup(() => clearInterval(intervalId));
  });
  return <meter />;
}
