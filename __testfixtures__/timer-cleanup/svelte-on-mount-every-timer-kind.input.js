import { onMount } from 'svelte';

export function track(sample) {
  onMount(() => {
    setInterval(sample, 100);
    setTimeout(sample, 10);
    requestAnimationFrame(sample);
    requestIdleCallback(sample);
  });
}
