import { createSignal, onMount } from 'solid-js';

export function Clock() {
  const [now, setNow] = createSignal(new Date());
  onMount(() => {
    setInterval(() => setNow(new Date()), 1000);
  });
  return <time>{now().toLocaleTimeString()}</time>;
}
