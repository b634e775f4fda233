import { onMount } from 'solid-js';

export function Meter(props: { sample(): void }) {
  onMount(() => setInterval(props.sample, 100));
  return <meter />;
}
