import { useEffect } from 'react';

export function Ticker({ tick }) {
  useEffect(() => setInterval(tick, 1000), [tick]);
  return null;
}
