import { useEffect } from 'react';

export function Beacons({ send }: { send: (kind: string) => void }) {
  useEffect(() => {
    const intervalId = window.setInterval(() => send('window'), 5_000);
    return () => {
      clearInterval(intervalId);
    };
  }, [send]);

  useEffect(() => {
    const pingId = global.setInterval(() => send('global'), 5_000);
    return () => {
      clearInterval(pingId);
    };
  }, [send]);

  useEffect(() => {
    const heartbeat = globalThis.setInterval(() => send('globalThis'), 5_000);
    console.info('started', heartbeat);
    return () => {
      clearInterval(heartbeat);
    };
  }, [send]);

  return null;
}
