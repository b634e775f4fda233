import { PureComponent } from 'react';

export class Banner extends PureComponent {
  componentDidMount() {
    this.hideTimer = setTimeout(() => this.setState({ hidden: true }), 5000);
    document.addEventListener('scroll', this.onScroll);
  }

  componentWillUnmount() {
    document.removeEventListener('scroll', this.onScroll);
  }

  onScroll = () => {};

  render() {
    return null;
  }
}
