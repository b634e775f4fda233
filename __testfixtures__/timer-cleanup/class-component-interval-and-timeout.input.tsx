import React from 'react';

export class Feed extends React.Component<{ refresh(): void }> {
  componentDidMount() {
    setInterval(this.handleInterval, 1000);
    setTimeout(this.handleTimeout, 1000);
  }

  handleInterval = () => this.props.refresh();

  handleTimeout = () => this.props.refresh();

  render() {
    return <ul />;
  }
}
