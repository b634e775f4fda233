import { Component } from 'react';

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

// componentWillUnmount ends the worker's one instance, with what listens on it.
export class SyncStatus extends Component<{ refresh: () => void }> {
  componentDidMount(): void {
    DecryptionWorker.instance().on('decrypted', this.onChange);
    // Still a finding: componentWillUnmount leaves the fetcher running.
    ResourceFetcher.getInstance().on('fetched', this.onChange);
  }

  componentWillUnmount(): void {
    DecryptionWorker.instance().destroy();
  }

  private readonly onChange = (): void => this.props.refresh();

  render() {
    return null;
  }
}
