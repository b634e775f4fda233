import { onMount } from 'svelte';

export function track(sample) {
  onMount(() => {
    const intervalId = setInterval(sample, 100);
    const timeoutId = setTimeout(sample, 10);
    const frameId = requestAnimationFrame(sample);
    const idleCallbackId = requestIdleCallback(sample);
    return () => {
      clearInterval(intervalId);
      clearTimeout(timeoutId);
      cancelAnimationFrame(frameId);
      cancelIdleCallback(idleCallbackId);
    };
  });
}
