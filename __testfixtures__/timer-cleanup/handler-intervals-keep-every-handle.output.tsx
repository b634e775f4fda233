import { Component, useEffect } from 'react';

// Each click starts another interval: all of them keep running, so all of them are kept.
export function Blinker({ button, blink }: { button: HTMLButtonElement; blink: () => void }) {
  useEffect(() => {
    const intervalIds: ReturnType<typeof setInterval>[] = [];
    const onClick = () => {
      intervalIds.push(setInterval(blink, 500));
    };
    button.addEventListener('click', onClick);
    return () => {
      button.removeEventListener('click', onClick);
      for (const intervalId of intervalIds) clearInterval(intervalId);
    };
  }, [button, blink]);
  return null;
}

export class Pulse extends Component<{ pulse: () => void }> {
  private readonly intervalIds: ReturnType<typeof setInterval>[] = [];

  componentDidMount() {
    window.addEventListener('focus', this.onFocus);
  }

  componentWillUnmount() {
    window.removeEventListener('focus', this.onFocus);
    for (const intervalId of this.intervalIds.splice(0)) clearInterval(intervalId);
  }

  onFocus = () => {
    this.intervalIds.push(setInterval(this.props.pulse, 1_000));
  };

  render() {
    return null;
  }
}
