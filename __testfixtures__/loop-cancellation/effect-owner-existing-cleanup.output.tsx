import { useEffect, useState } from 'react';
import { setTimeout as sleep } from 'node:timers/promises';

async function watchQueue(name: string, onSize: (size: number) => void, signal?: AbortSignal): Promise<void> {
  for (; !signal?.aborted;) {
    onSize(name.length);
    await sleep(1_000, undefined, { signal }).catch(() => {});
  }
}

export function QueueSize({ name }: { name: string }) {
  const [size, setSize] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const onFocus = () => setSize(0);
    window.addEventListener('focus', onFocus);
    void watchQueue(name, setSize, controller.signal);
    return () => {
      window.removeEventListener('focus', onFocus);
      controller.abort();
    };
  }, [name]);
  return <span>{size}</span>;
}
