import { Component, useEffect } from 'react';

type Widget = { refresh(): void };

export function Dashboard({ widgets, others }: { widgets: Widget[]; others: Widget[] }) {
  useEffect(() => {
    const intervalIds: ReturnType<typeof setInterval>[] = [];
    for (const widget of widgets) {
      intervalIds.push(setInterval(() => widget.refresh(), 5_000));
    }
    others.forEach((other) => {
      intervalIds.push(setInterval(() => other.refresh(), 9_000));
    });
    return () => {
      for (const intervalId of intervalIds) clearInterval(intervalId);
    };
  }, []);
  return null;
}

export class Board extends Component<{ widgets: Widget[]; others: Widget[] }> {
  private readonly intervalIds: ReturnType<typeof setInterval>[] = [];

  componentDidMount() {
    for (const widget of this.props.widgets) this.intervalIds.push(setInterval(() => widget.refresh(), 5_000));
    for (const other of this.props.others) this.intervalIds.push(setInterval(() => other.refresh(), 9_000));
  }

  componentWillUnmount() {
    for (const intervalId of this.intervalIds.splice(0)) clearInterval(intervalId);
  }

  render() {
    return null;
  }
}
