import { Component } from 'react';
import type { Observable, Subscription } from 'rxjs';

export class Prices extends Component<{ prices$: Observable<number> }, { price: number }> {
  private subscription?: Subscription;

  override state = { price: 0 };

  override componentDidMount(): void {
    this.subscription = this.props.prices$.subscribe((price: number) => this.setState({ price }));
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  override componentWillUnmount(): void {
    console.log('unmounting');
    this.subscription?.unsubscribe();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  private readonly onVisibilityChange = () => this.forceUpdate();

  override render() {
    return <p>{this.state.price}</p>;
  }
}
