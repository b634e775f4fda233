import { Component } from 'react';

interface Props {
  since: Date;
}

interface State {
  now: number;
}

/** "Up for 12d 4h 33m 10s", ticking every second. */
export class UptimeClock extends Component<Props, State> {
  state: State = { now: Date.now() };

  componentDidMount(): void {
    // leak (timer-cleanup, auto): there is no componentWillUnmount, so the tick keeps calling
    // setState on an unmounted component for the life of the tab.
    setInterval(() => this.setState({ now: Date.now() }), 1_000);
  }

  render() {
    const seconds = Math.floor((this.state.now - this.props.since.getTime()) / 1_000);
    const days = Math.floor(seconds / 86_400);
    const hours = Math.floor((seconds % 86_400) / 3_600);
    const minutes = Math.floor((seconds % 3_600) / 60);
    return (
      <time className="uptime">
        Up for {days}d {hours}h {minutes}m {seconds % 60}s
      </time>
    );
  }
}
