import * as React from 'react';
import { createRoot } from 'react-dom/client';

declare const bus: { on(event: string, handler: (event: unknown, details: { message: string }) => void): void };

// Its handlers' parameters take their types from the call, so no fix is offered (report-only).
// The crash window's root component: the module renders it once, at its top level, so it is
// mounted once for the life of the window, and its listener on the shared bus lives as long.
class CrashApp extends React.Component<{}, { message: string }> {
  state = { message: '' };

  componentDidMount() {
    bus.on('error', (_event, details) => this.setState(details));
  }

  render() {
    return <p>{this.state.message}</p>;
  }
}

// The real leak next to it: a toast rendered again at every click, each mount adding a listener.
class Toast extends React.Component<{}, { text: string }> {
  state = { text: '' };

  componentDidMount() {
    bus.on('toast', (_event, details) => this.setState({ text: details.message }));
  }

  render() {
    return <span>{this.state.text}</span>;
  }
}

createRoot(document.getElementById('root')!).render(<CrashApp />);

document.querySelector('#show')?.addEventListener('click', () => {
  createRoot(document.getElementById('toast')!).render(<Toast />);
});
