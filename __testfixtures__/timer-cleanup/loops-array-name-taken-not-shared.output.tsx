import { useEffect } from 'react';

type Widget = { refresh(): void; id: number };

// `intervalIds` is the component's own list, not released: the fix's array takes another name.
export function Dashboard({ widgets }: { widgets: Widget[] }) {
  useEffect(() => {
    const intervalIds: ReturnType<typeof setInterval>[] = [];
    console.log(intervalIds);
    const intervalIds2: ReturnType<typeof setInterval>[] = [];
    for (const widget of widgets) {
      intervalIds2.push(setInterval(() => widget.refresh(), 5_000));
    }
    return () => {
      for (const intervalId of intervalIds2) clearInterval(intervalId);
    };
  }, []);
  return null;
}
