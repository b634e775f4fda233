import { Component, type OnDestroy, type OnInit } from '@angular/core';

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

// ngOnDestroy ends the worker's one instance, with what listens on it.
@Component({ selector: 'app-sync-status', template: '{{ count }}' })
export class SyncStatusComponent implements OnInit, OnDestroy {
  count = 0;

  ngOnInit(): void {
    DecryptionWorker.instance().on('decrypted', this.onChange);
    // Still a finding: ngOnDestroy leaves the fetcher running.
    ResourceFetcher.getInstance().on('fetched', this.onChange);
  }

  ngOnDestroy(): void {
    DecryptionWorker.instance().destroy();
  }

  private readonly onChange = (): void => {
    this.count++;
  };
}
