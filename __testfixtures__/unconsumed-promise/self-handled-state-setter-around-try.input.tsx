import { useEffect, useState } from 'react';

declare function fetchFeed(): Promise<string[]>;
declare function useFeedStore(): [string[], (items: string[]) => void];

export function NewsFeed() {
  const [items, setItems] = useState<string[]>([]);
  const [loading, setLoading] = useState(false);

  // React's state setters given a literal cannot throw: load() catches every error itself.
  const load = async () => {
    setLoading(true);
    try {
      setItems(await fetchFeed());
    } catch (error) {
      console.error('feed failed', error);
    }
    setLoading(false);
  };

  useEffect(() => {
    load();
  }, []);

  return <ul aria-busy={loading}>{items.map((item) => <li key={item}>{item}</li>)}</ul>;
}

export function CachedFeed() {
  const [items, setItems] = useFeedStore();
  const [count, setCount] = useState(0);

  // Still a finding: setItems comes from another hook, and may be anything.
  const refresh = async () => {
    setItems([]);
    try {
      setItems(await fetchFeed());
    } catch (error) {
      console.error('feed failed', error);
    }
  };

  // Still a finding: the value given to the setter is computed before the try, and may throw.
  const recount = async () => {
    setCount(items.length);
    try {
      setItems(await fetchFeed());
    } catch (error) {
      console.error('feed failed', error);
    }
  };

  useEffect(() => {
    refresh();
    recount();
  }, []);

  return <p>{count}</p>;
}
