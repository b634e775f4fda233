import React from 'react';
import Rx from 'rx-lite';

// The same subscription with nothing that disposes it is still a finding.
export class EventList extends React.Component<{ source: Rx.Observable<string[]> }, { items: string[] }> {
  _sub?: Rx.IDisposable;

  componentDidMount() {
    this._sub = this.props.source.subscribe((items: string[]) => this.setState({ items }));
  }

  componentWillUnmount() {
    this.setState({ items: [] });
  }

  render() {
    return null;
  }
}
