import * as React from 'react';

declare global {
  interface Window {
    deskBridge: {
      addEventListener(type: string, listener: (...args: unknown[]) => void): void;
      removeAllListeners(type: string): void;
    };
  }
}

// A preload bridge (not a DOM EventTarget) that adds with addEventListener and removes every
// listener of an event with removeAllListeners(type): the unmount's calls release both listeners.
export class ShelfPanel extends React.Component {
  handleOpen = () => this.setState({ open: true });

  public componentDidMount() {
    window.deskBridge.addEventListener('shelf-open', this.handleOpen);
    window.deskBridge.addEventListener('shelf-close', () => this.setState({ open: false }));
  }

  public componentWillUnmount() {
    this.stopListening();
  }

  private stopListening() {
    window.deskBridge.removeAllListeners('shelf-open');
    window.deskBridge.removeAllListeners('shelf-close');
  }

  render() {
    return null;
  }
}
