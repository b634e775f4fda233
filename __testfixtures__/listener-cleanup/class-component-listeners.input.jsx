import React from 'react';

export class Dashboard extends React.Component {
  handleResize = () => this.setState({ width: window.innerWidth });

  componentDidMount() {
    window.addEventListener('resize', this.handleResize);
    window.addEventListener('scroll', () => this.setState({ top: window.scrollY }), { passive: true });
    this.props.store.subscribe(() => this.forceUpdate());
    new ResizeObserver(() => this.forceUpdate()).observe(document.body);
  }

  render() {
    return <main />;
  }
}
