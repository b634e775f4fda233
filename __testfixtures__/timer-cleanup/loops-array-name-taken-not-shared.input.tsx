import { useEffect } from 'react';

type Widget = { refresh(): void; id: number };

// `intervalIds` is the component's own list, not released: the fix's array takes another name.
export function Dashboard({ widgets }: { widgets: Widget[] }) {
  useEffect(() => {
    const intervalIds: ReturnType<typeof setInterval>[] = [];
    console.log(intervalIds);
    for (const widget of widgets) {
      setInterval(() => widget.refresh(), 5_000);
    }
  }, []);
  return null;
}
