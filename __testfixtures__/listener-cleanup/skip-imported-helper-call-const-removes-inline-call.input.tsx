import React from 'react';
import { ClientPeg } from './client-peg';

// The listener is added on `ClientPeg.get()` written in place and removed from a const holding the
// same call of the imported helper (and the other way round): the same client.
export class TypingTile extends React.Component<{ roomId: string }> {
  public componentDidMount(): void {
    ClientPeg.get().on('typing', this.onTyping);
  }

  public componentWillUnmount(): void {
    const client = ClientPeg.get();
    if (client) {
      client.removeListener('typing', this.onTyping);
    }
  }

  private onTyping = (): void => {
    this.forceUpdate();
  };

  public render(): React.ReactNode {
    return null;
  }
}

export class EncryptionSetup {
  private started = false;

  public start(): void {
    if (this.started) return;
    this.started = true;
    const cli = ClientPeg.get();
    cli.on('verification', this.onVerification);
  }

  public stop(): void {
    if (!this.started) return;
    this.started = false;
    ClientPeg.get()?.removeListener('verification', this.onVerification);
  }

  private onVerification = (): void => {};
}
