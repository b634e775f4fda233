import { Component, useEffect } from 'react';

type Widget = { refresh(): void; highlight(): void };

export function Dashboard({ widgets }: { widgets: Widget[] }) {
  useEffect(() => {
    const timeoutIds: ReturnType<typeof setTimeout>[] = [];
    widgets.forEach((widget) => {
      timeoutIds.push(setTimeout(() => widget.highlight(), 100));
    });
    const frameIds: number[] = [];
    for (let i = 0; i < widgets.length; i++) frameIds.push(requestAnimationFrame(() => widgets[i]!.highlight()));
    return () => {
      for (const timeoutId of timeoutIds) clearTimeout(timeoutId);
      for (const frameId of frameIds) cancelAnimationFrame(frameId);
    };
  }, []);
  return null;
}

export class Board extends Component<{ widgets: Widget[] }> {
  private readonly intervalIds: ReturnType<typeof setInterval>[] = [];
  componentDidMount() {
    for (const widget of this.props.widgets) {
      this.intervalIds.push(setInterval(() => widget.refresh(), 5_000));
    }
  }

  componentWillUnmount() {
    for (const intervalId of this.intervalIds.splice(0)) clearInterval(intervalId);
  }

  render() {
    return null;
  }
}

// Not rewritten: the handle is kept in a variable inside the loop, or cast.
export function Kept({ widgets }: { widgets: Widget[] }) {
  useEffect(() => {
    for (const widget of widgets) {
      const id = setInterval(() => widget.refresh(), 5_000);
      setInterval(() => widget.highlight(), 5_000) as unknown as number;
    }
  }, []);
  return null;
}
