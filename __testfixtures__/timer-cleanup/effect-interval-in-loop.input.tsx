import { useEffect } from 'react';

export function Dashboard({ widgets }: { widgets: { refresh(): void }[] }) {
  useEffect(() => {
    for (const widget of widgets) {
      setInterval(() => widget.refresh(), 5_000);
    }
  }, [widgets]);
  return null;
}
