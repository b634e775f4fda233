import React from 'react';

export class Dashboard extends React.Component {
  #observer;

  handleResize = () => this.setState({ width: window.innerWidth });

  #handleScroll = () => this.setState({ top: window.scrollY });

  componentDidMount() {
    window.addEventListener('resize', this.handleResize);
    window.addEventListener('scroll', this.#handleScroll, { passive: true });
    this.props.store.subscribe(() => this.forceUpdate());
    this.#observer = new ResizeObserver(() => this.forceUpdate());
    this.#observer.observe(document.body);
  }

  componentWillUnmount() {
    this.#observer?.disconnect();
    window.removeEventListener('scroll', this.#handleScroll);
    window.removeEventListener('resize', this.handleResize);
  }

  render() {
    return <main />;
  }
}
