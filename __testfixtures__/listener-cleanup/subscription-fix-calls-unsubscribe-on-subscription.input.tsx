import React from 'react';
import type { Subscription } from './feed';

// The field is typed as a Subscription (RxJS 5+): the fix calls `unsubscribe()`. So does it for a
// handle the file does not type, where no other handle shows which API it has.
export class Feed extends React.Component<{ source: { subscribe(f: (items: string[]) => void): Subscription } }, { items: string[] }> {
  sub?: Subscription;
  other: any = null;

  componentDidMount() {
    this.sub = this.props.source.subscribe((items: string[]) => this.setState({ items }));
    this.other = this.props.source.subscribe((items: string[]) => this.setState({ items }));
  }

  componentWillUnmount() {
    this.setState({ items: [] });
  }

  render() {
    return null;
  }
}
