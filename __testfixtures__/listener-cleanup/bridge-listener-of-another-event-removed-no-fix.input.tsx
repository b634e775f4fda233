import * as React from 'react';

declare global {
  interface Window {
    trayBridge: {
      addEventListener(type: string, listener: (...args: unknown[]) => void): void;
      removeAllListeners(type: string): void;
    };
  }
}

// The same bridge, but the unmount removes only one of the two events: 'tray-close' is a leak.
// The bridge has no removeEventListener, so the fix a DOM target would get would throw at
// unmount: no fix, the finding stays.
export class TrayPanel extends React.Component {
  handleOpen = () => this.setState({ open: true });
  handleClose = () => this.setState({ open: false });

  public componentDidMount() {
    window.trayBridge.addEventListener('tray-open', this.handleOpen);
    window.trayBridge.addEventListener('tray-close', this.handleClose);
  }

  public componentWillUnmount() {
    window.trayBridge.removeAllListeners('tray-open');
  }

  render() {
    return null;
  }
}
