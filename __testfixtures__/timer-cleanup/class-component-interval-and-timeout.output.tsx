import React from 'react';

export class Feed extends React.Component<{ refresh(): void }> {
  private intervalId?: ReturnType<typeof setInterval>;
  private timeoutId?: ReturnType<typeof setTimeout>;

  componentDidMount() {
    this.intervalId = setInterval(this.handleInterval, 1000);
    this.timeoutId = setTimeout(this.handleTimeout, 1000);
  }

  componentWillUnmount() {
    clearInterval(this.intervalId);
    clearTimeout(this.timeoutId);
  }

  handleInterval = () => this.props.refresh();

  handleTimeout = () => this.props.refresh();

  render() {
    return <ul />;
  }
}
