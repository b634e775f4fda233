import { onCleanup, onMount } from 'solid-js';

declare class DecryptionWorker {
  static instance(): DecryptionWorker;
  on(event: 'decrypted', handler: () => void): void;
  destroy(): void;
}
declare class ResourceFetcher {
  static getInstance(): ResourceFetcher;
  on(event: 'fetched', handler: () => void): void;
  off(event: 'fetched', handler: () => void): void;
  destroy(): void;
}

// The component's cleanup ends the worker's one instance, with what listens on it.
export function SyncStatus(props: { refresh: () => void }) {
  onMount(() => {
    DecryptionWorker.instance().on('decrypted', props.refresh);
    // Still a finding: the cleanup leaves the fetcher running.
    ResourceFetcher.getInstance().on('fetched', props.refresh);
  });
  onCleanup(() => {
    DecryptionWorker.instance().destroy();
  });
  return <p />;
}
