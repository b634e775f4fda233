import React from 'react';

export class Gallery extends React.Component {
  #intervalId;
  #timeoutId;
  #frameId;
  #idleCallbackId;

  componentDidMount() {
    this.#intervalId = setInterval(this.next, 4000);
    this.#timeoutId = setTimeout(this.preload, 1000);
    this.#frameId = requestAnimationFrame(this.measure);
    this.#idleCallbackId = requestIdleCallback(this.warmCache);
  }

  componentWillUnmount() {
    clearInterval(this.#intervalId);
    clearTimeout(this.#timeoutId);
    cancelAnimationFrame(this.#frameId);
    cancelIdleCallback(this.#idleCallbackId);
  }

  next = () => {};
  preload = () => {};
  measure = () => {};
  warmCache = () => {};

  render() {
    return <div />;
  }
}
