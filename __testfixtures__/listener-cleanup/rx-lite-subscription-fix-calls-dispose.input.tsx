import React from 'react';
import Rx from 'rx-lite';

// The handle's own type says it is a Disposable (RxJS 4 / rx-lite): it has `dispose()`, not
// `unsubscribe()`, and the fix calls that.
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

// No type on the field, but the file ends another subscribe handle with `dispose()`.
export class DayList extends React.Component<{ source: Rx.Observable<string[]> }, { days: string[] }> {
  _daySub: any = null;
  _weekSub: any = null;

  componentDidMount() {
    this._daySub = this.props.source.subscribe((days: string[]) => this.setState({ days }));
    this._weekSub = this.props.source.subscribe((days: string[]) => this.setState({ days }));
  }

  componentWillUnmount() {
    this._weekSub && this._weekSub.dispose();
  }

  render() {
    return null;
  }
}
