import { useEffect } from 'react';

export function Ticker({ tick }) {
  useEffect(() => {
    const intervalId = setInterval(tick, 1000);
    return () => {
      clearInterval(intervalId);
    };
  }, [tick]);
  return null;
}
