import React from 'react';

export class Countdown extends React.Component<{ onTick(): void }> {
  private intervalHandle: ReturnType<typeof setInterval> | null = null;
  private timeoutHandle: ReturnType<typeof setTimeout> | null = null;

  componentDidMount() {
    this.intervalHandle = setInterval(() => this.props.onTick(), 1000);
    this.timeoutHandle = setTimeout(() => this.props.onTick(), 500);
  }

  componentWillUnmount() {
    if (this.intervalHandle !== null) {
      clearInterval(this.intervalHandle);
    }
    if (this.timeoutHandle !== null) clearTimeout(this.timeoutHandle);
  }

  render() {
    return null;
  }
}
