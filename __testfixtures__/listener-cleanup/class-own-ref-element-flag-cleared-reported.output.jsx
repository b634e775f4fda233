import React, { createRef } from 'react';

// The same element, but the class sets the flag back (each reconnect adds one more listener),
// and another method adds with no flag at all: both still findings.
export class ReconnectingView extends React.Component {
  constructor(props) {
    super(props);
    this.canvasRef = createRef();
  }

  onDisconnected = () => {
    this.handlersSetup = false;
  };

  setupInputHandlers = () => {
    const canvas = this.canvasRef.current;
    if (!canvas || this.handlersSetup) return;
    this.handlersSetup = true;
    canvas.addEventListener('keydown', (e) => this.send(e));
  };

  onConnected = () => {
    const canvas = this.canvasRef.current;
    canvas.addEventListener('focus', () => this.sync());
  };

  render() {
    return <canvas ref={this.canvasRef} />;
  }
}
