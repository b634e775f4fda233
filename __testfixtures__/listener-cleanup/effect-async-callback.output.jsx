import { useEffect, useState } from 'react';

export function Announcements() {
  const [items, setItems] = useState([]);
  useEffect(async () => {
    const response = await fetch('/api/announcements', { signal: AbortSignal.timeout(5000) });
    setItems(await response.json());
    window.addEventListener('focus', () => setItems([]));
  }, []);
  return items.length;
}
