import { createSignal, onMount, onCleanup } from 'solid-js';

export function Clock() {
  const [now, setNow] = createSignal(new Date());
  onMount(() => {
    const intervalId = setInterval(() => setNow(new Date()), 1000);
    onCleanup(() => clearInterval(intervalId));
  });
  return <time>{now().toLocaleTimeString()}</time>;
}
