import React from 'react';
import Rx from 'rx-lite';

// RxJS 4 / rx-lite: subscribe() returns a Disposable, ended with dispose().
export class EventList extends React.Component<{ source: Rx.Observable<string[]> }, { items: string[] }> {
  _sub?: Rx.IDisposable;

  componentDidMount() {
    this._sub = this.props.source.subscribe((items: string[]) => this.setState({ items }));
  }

  componentWillUnmount() {
    this._sub && this._sub.dispose();
  }

  render() {
    return null;
  }
}
