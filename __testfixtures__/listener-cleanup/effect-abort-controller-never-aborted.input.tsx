import { useEffect, useState } from 'react';

export function Details({ id }: { id: string }) {
  const [details, setDetails] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/items/${id}`, { signal: controller.signal })
      .then((response) => response.json())
      .then(setDetails)
      .catch(() => setDetails(null));
  }, [id]);
  useEffect(() => {
    const controller = new AbortController();
    const onKey = () => setDetails(null);
    window.addEventListener('keydown', onKey, { signal: controller.signal });
    window.addEventListener('keyup', onKey, { signal: controller.signal });
  }, []);
  return <pre>{JSON.stringify(details)}</pre>;
}
