import React from 'react';

// Each timer is kept under a key of `this.timers`, and componentWillUnmount clears every key of
// that object: the search timer is one of them.
export class Terminal extends React.Component {
  timers = {};

  componentWillUnmount() {
    Object.keys(this.timers).forEach((k) => {
      clearTimeout(this.timers[k]);
      this.timers[k] = null;
    });
  }

  onSearch = () => {
    this.timers.clearSearchTimer = setTimeout(() => {
      this.next();
    }, 100);
  };

  render() {
    return null;
  }
}

export class Viewer extends React.Component {
  timers = {};

  componentWillUnmount() {
    for (const k in this.timers) clearTimeout(this.timers[k]);
  }

  onScroll = () => {
    this.timers.scrollEnd = setTimeout(() => this.settle(), 50);
  };

  render() {
    return null;
  }
}
