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

// A handle kept in a `const` of the loop is pushed as it is; a cast one is not rewritten.
export function Kept({ widgets }: { widgets: Widget[] }) {
  useEffect(() => {
    const intervalIds: ReturnType<typeof setInterval>[] = [];
    for (const widget of widgets) {
      const id = setInterval(() => widget.refresh(), 5_000);
      intervalIds.push(id);
      setInterval(() => widget.highlight(), 5_000) as unknown as number;
    }
    return () => {
      for (const intervalId of intervalIds) clearInterval(intervalId);
    };
  }, []);
  return null;
}
