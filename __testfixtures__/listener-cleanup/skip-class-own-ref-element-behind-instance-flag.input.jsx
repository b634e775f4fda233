import React, { createRef } from 'react';

// The class renders both refs on its own elements: their listeners go with the elements at
// unmount. `const { tabsRef } = this` in componentDidMount, and a method that adds behind a
// per-instance "done once" flag the class never clears (once per instance, like a mount hook).
export class RemoteView extends React.Component {
  constructor(props) {
    super(props);
    this.canvasRef = createRef();
    this.tabsRef = React.createRef();
  }

  componentDidMount() {
    const { tabsRef } = this;
    tabsRef.current.addEventListener('wheel', this.onWheel, { passive: false });
  }

  onConnected = () => {
    this.setupInputHandlers();
  };

  setupInputHandlers = () => {
    const canvas = this.canvasRef.current;
    if (!canvas || this.handlersSetup) return;
    this.handlersSetup = true;
    canvas.addEventListener('keydown', (e) => this.send(e));
  };

  render() {
    return (
      <div ref={this.tabsRef}>
        <canvas ref={this.canvasRef} />
      </div>
    );
  }
}
