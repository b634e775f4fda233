import { onMount } from 'svelte';
import { writable } from 'svelte/store';

export function createClock() {
  const now = writable(new Date());
  onMount(() => {
    const intervalId = setInterval(() => now.set(new Date()), 1000);
    return () => {
      clearInterval(intervalId);
    };
  });
  return now;
}
