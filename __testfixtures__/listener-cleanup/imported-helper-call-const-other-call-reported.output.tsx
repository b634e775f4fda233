import React from 'react';
import { ClientPeg } from './client-peg';

// The removal reads another call of the helper (`safeGet()`, not `get()`): not provably the client
// the listener was added to, so the listener is still reported.
export class TypingTile extends React.Component<{ roomId: string }> {
  public componentDidMount(): void {
    ClientPeg.get().on('typing', this.onTyping);
  }

  public componentWillUnmount(): void {
    const client = ClientPeg.safeGet();
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
