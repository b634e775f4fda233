import React from 'react';

export class Gallery extends React.Component {
  onResize = (): void => {
    this.forceUpdate();
  };

  onLoad = (): void => {
    console.log('loaded');
  };

  componentDidMount(): void {
    window.addEventListener('resize', this.onResize);
  }

  componentWillUnmount(): void {
    // Meant to be removeEventListener: reported, with no fix.
    window.addEventListener('resize', this.onResize);
    // A listener that ends itself when it fires: the teardown's own wait, no finding.
    window.addEventListener('load', this.onLoad, { once: true });
  }

  render(): React.ReactNode {
    return null;
  }
}
