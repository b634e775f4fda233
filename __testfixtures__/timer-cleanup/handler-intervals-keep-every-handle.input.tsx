import { Component, useEffect } from 'react';

// Each click starts another interval: all of them keep running, so all of them are kept.
export function Blinker({ button, blink }: { button: HTMLButtonElement; blink: () => void }) {
  useEffect(() => {
    const onClick = () => {
      setInterval(blink, 500);
    };
    button.addEventListener('click', onClick);
    return () => button.removeEventListener('click', onClick);
  }, [button, blink]);
  return null;
}

export class Pulse extends Component<{ pulse: () => void }> {
  componentDidMount() {
    window.addEventListener('focus', this.onFocus);
  }

  componentWillUnmount() {
    window.removeEventListener('focus', this.onFocus);
  }

  onFocus = () => {
    setInterval(this.props.pulse, 1_000);
  };

  render() {
    return null;
  }
}
