import { useEffect, useState } from 'react';

export function Clock() {
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const intervalId = setInterval(() => setNow(new Date()), 1000);
    return () => {
      clearInterval(intervalId);
    };
  }, []);

  return <time>{now.toLocaleTimeString()}</time>;
}
