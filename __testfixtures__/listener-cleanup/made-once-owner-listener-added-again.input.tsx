import * as React from 'react';
import { createRoot } from 'react-dom/client';

declare const bus: { on(event: string, handler: (event: unknown, details: { message: string }) => void): void };

// Its handlers' parameters take their types from the call, so no fix is offered (report-only).
// The root component is rendered once, but `componentDidUpdate` runs at every update of the one
// instance, and each run adds another listener to the shared bus (high, made once or not).
class CrashApp extends React.Component<{ id: string }, { message: string }> {
  state = { message: '' };

  componentDidUpdate() {
    bus.on('error', (_event, details) => this.setState(details));
  }

  componentWillUnmount() {}

  render() {
    return <p>{this.state.message}</p>;
  }
}

// Made once at the top level, but `show()` runs on the one panel every second (high).
class Panel {
  show() {
    bus.on('x', (event) => console.log(event, this));
  }

  dispose() {}
}

const panel = new Panel();
setInterval(() => panel.show(), 1000);

createRoot(document.getElementById('root')!).render(<CrashApp id="a" />);
