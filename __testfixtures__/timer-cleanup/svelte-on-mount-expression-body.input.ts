import { onMount } from 'svelte';

export function autoRefresh(refresh: () => void) {
  onMount(() => void setInterval(refresh, 60_000));
}
