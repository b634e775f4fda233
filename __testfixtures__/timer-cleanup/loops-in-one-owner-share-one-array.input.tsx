import { Component, useEffect } from 'react';

type Widget = { refresh(): void };

export function Dashboard({ widgets, others }: { widgets: Widget[]; others: Widget[] }) {
  useEffect(() => {
    for (const widget of widgets) {
      setInterval(() => widget.refresh(), 5_000);
    }
    others.forEach((other) => {
      setInterval(() => other.refresh(), 9_000);
    });
  }, []);
  return null;
}

export class Board extends Component<{ widgets: Widget[]; others: Widget[] }> {
  componentDidMount() {
    for (const widget of this.props.widgets) setInterval(() => widget.refresh(), 5_000);
    for (const other of this.props.others) setInterval(() => other.refresh(), 9_000);
  }

  render() {
    return null;
  }
}
