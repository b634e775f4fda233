import { useEffect, useState } from 'react';
import { watchKeys } from './shortcuts';

export function Keys({ tick }: { tick: () => void }) {
  const [key, setKey] = useState('');
  useEffect(() => {
    watchKeys(setKey);
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [tick]);
  return <kbd>{key}</kbd>;
}
