import { onMount } from 'svelte';

export function autoRefresh(refresh: () => void) {
  onMount(() => {
    const intervalId = setInterval(refresh, 60_000);
    return () => {
      clearInterval(intervalId);
    };
  });
}
