import { Component, useEffect } from 'react';

type Widget = { refresh(): void; highlight(): void };

export function Dashboard({ widgets }: { widgets: Widget[] }) {
  useEffect(() => {
    widgets.forEach((widget) => {
      setTimeout(() => widget.highlight(), 100);
    });
    for (let i = 0; i < widgets.length; i++) void requestAnimationFrame(() => widgets[i]!.highlight());
  }, []);
  return null;
}

export class Board extends Component<{ widgets: Widget[] }> {
  componentDidMount() {
    for (const widget of this.props.widgets) {
      setInterval(() => widget.refresh(), 5_000);
    }
  }

  render() {
    return null;
  }
}

// A handle kept in a `const` of the loop is pushed as it is; a cast one is not rewritten.
export function Kept({ widgets }: { widgets: Widget[] }) {
  useEffect(() => {
    for (const widget of widgets) {
      const id = setInterval(() => widget.refresh(), 5_000);
      setInterval(() => widget.highlight(), 5_000) as unknown as number;
    }
  }, []);
  return null;
}
