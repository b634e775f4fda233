import { useEffect, useRef } from 'react';
import { setupPanel } from './panel';

export function Panel() {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) return setupPanel(ref.current);
  }, []);
  return <section ref={ref} />;
}
