import { onMount } from 'svelte';
import { writable } from 'svelte/store';

export function createClock() {
  const now = writable(new Date());
  onMount(() => {
    setInterval(() => now.set(new Date()), 1000);
  });
  return now;
}
