import { useEffect } from 'react';

export function Beacons({ send }: { send: (kind: string) => void }) {
  useEffect(() => {
    window.setInterval(() => send('window'), 5_000);
  }, [send]);

  useEffect(() => {
    const pingId = global.setInterval(() => send('global'), 5_000);
  }, [send]);

  useEffect(() => {
    const heartbeat = globalThis.setInterval(() => send('globalThis'), 5_000);
    console.info('started', heartbeat);
  }, [send]);

  return null;
}
