import { useEffect, useState } from 'react';
import { setTimeout as sleep } from 'node:timers/promises';

async function watchQueue(name: string, onSize: (size: number) => void): Promise<void> {
  for (;;) {
    onSize(name.length);
    await sleep(1_000);
  }
}

export function QueueSize({ name }: { name: string }) {
  const [size, setSize] = useState(0);
  useEffect(() => {
    const onFocus = () => setSize(0);
    window.addEventListener('focus', onFocus);
    void watchQueue(name, setSize);
    return () => {
      window.removeEventListener('focus', onFocus);
    };
  }, [name]);
  return <span>{size}</span>;
}
