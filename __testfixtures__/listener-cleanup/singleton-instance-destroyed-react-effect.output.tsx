import { useEffect } from 'react';

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

// The effect's cleanup ends the worker's one instance, with what listens on it.
export function SyncStatus(props: { refresh: () => void }) {
  useEffect(() => {
    DecryptionWorker.instance().on('decrypted', props.refresh);
    // Still a finding: the cleanup leaves the fetcher running.
    ResourceFetcher.getInstance().on('fetched', props.refresh);
    return () => {
      DecryptionWorker.instance().destroy();
    };
  }, [props.refresh]);
  return null;
}
