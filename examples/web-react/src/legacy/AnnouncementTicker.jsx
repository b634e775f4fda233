// Older part of the dashboard, still in plain JavaScript.
import { useEffect, useState } from 'react';

export function AnnouncementTicker() {
  const [items, setItems] = useState([]);
  const [index, setIndex] = useState(0);

  // The effect callback is async, so React gets a promise back instead of a cleanup function:
  // nothing returned from here can ever run on unmount.
  useEffect(async () => {
    // leak (fetch-timeout, auto): the announcements request has no deadline.
    const response = await fetch('/api/announcements');
    setItems(await response.json());
    // leak (timer-cleanup, none): an async effect has no cleanup to clear this in, so unleak
    // reports it and leaves the restructuring to a person.
    setInterval(() => setIndex((current) => current + 1), 6_000);
    // leak (listener-cleanup, none): same here: no cleanup to remove this listener in.
    window.addEventListener('focus', () => setIndex(0));
  }, []);

  if (items.length === 0) return null;
  return <p className="announcement">{items[index % items.length].text}</p>;
}
