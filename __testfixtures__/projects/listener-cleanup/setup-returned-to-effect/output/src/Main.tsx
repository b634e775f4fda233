import { useEffect, useRef } from 'react';
import { setupReferrer } from './referrer';

export function Main() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    return setupReferrer(ref.current!);
  }, []);
  return <div ref={ref} />;
}
