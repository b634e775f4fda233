import { useEffect, useState } from 'react';

export function User({ id }: { id: string }) {
  const [user, setUser] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/users/${id}`, { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]) })
      .then((res) => res.json())
      .then(setUser);
    return () => controller.abort();
  }, [id]);
  return <pre>{JSON.stringify(user)}</pre>;
}
