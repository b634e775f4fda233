import React from 'react';

// The class clears one named key of `this.timers`, and every key of another object: the search
// timer is still never cleared.
export class Terminal extends React.Component {
  timers = {};
  others = {};

  componentWillUnmount() {
    clearTimeout(this.timers.resize);
    Object.keys(this.others).forEach((k) => clearTimeout(this.others[k]));
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
