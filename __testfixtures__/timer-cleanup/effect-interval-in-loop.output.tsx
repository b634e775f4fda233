import { useEffect } from 'react';

export function Dashboard({ widgets }: { widgets: { refresh(): void }[] }) {
  useEffect(() => {
    const intervalIds: ReturnType<typeof setInterval>[] = [];
    for (const widget of widgets) {
      intervalIds.push(setInterval(() => widget.refresh(), 5_000));
    }
    return () => {
      for (const intervalId of intervalIds) clearInterval(intervalId);
    };
  }, [widgets]);
  return null;
}
