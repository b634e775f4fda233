import { Component } from 'react';

// The feature test guards the add: where the browser has no `navigator.serviceWorker` (an
// insecure context), an unguarded removal at unmount would throw.
export class Inbox extends Component {
  componentDidMount() {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.addEventListener('message', this.handleWorkerMessage);
    }
    if (window.visualViewport) window.visualViewport.addEventListener('resize', this.handleViewport);
  }

  handleWorkerMessage = (event) => {
    this.setState({ last: event.data });
  };

  handleViewport = () => {
    this.forceUpdate();
  };

  render() {
    return null;
  }
}

// No feature test: the removal reads the target as the add does.
export class Outbox extends Component {
  componentDidMount() {
    navigator.serviceWorker.addEventListener('message', this.handleWorkerMessage);
    if (typeof window !== 'undefined') window.addEventListener('resize', this.handleResize);
  }

  handleWorkerMessage = (event) => {
    this.setState({ last: event.data });
  };

  handleResize = () => {
    this.forceUpdate();
  };

  render() {
    return null;
  }
}
