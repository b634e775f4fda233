import { useEffect, useState } from 'react';
import { interval, type Observable } from 'rxjs';

export function Ticker({ prices$ }: { prices$: Observable<number> }) {
  const [price, setPrice] = useState(0);
  const [ticks, setTicks] = useState(0);
  useEffect(() => {
    const subscription = prices$.subscribe((next: number) => setPrice(next));
    return () => {
      subscription.unsubscribe();
    };
  }, [prices$]);
  useEffect(() => {
    const subscription = interval(1000).subscribe(() => setTicks((n) => n + 1));
    console.log('ticking', subscription.closed);
    return () => {
      subscription.unsubscribe();
    };
  }, []);
  return <p>{price} ({ticks})</p>;
}
