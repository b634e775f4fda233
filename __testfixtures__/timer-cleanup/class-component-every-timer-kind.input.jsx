import React from 'react';

export class Gallery extends React.Component {
  componentDidMount() {
    setInterval(this.next, 4000);
    setTimeout(this.preload, 1000);
    requestAnimationFrame(this.measure);
    requestIdleCallback(this.warmCache);
  }

  next = () => {};
  preload = () => {};
  measure = () => {};
  warmCache = () => {};

  render() {
    return <div />;
  }
}
