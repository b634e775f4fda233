import { useEffect, useState } from 'react';

export function Header() {
  const [stuck, setStuck] = useState(false);
  useEffect(() => {
    window.addEventListener('scroll', () => setStuck(window.scrollY > 40));
    return () => {
      window.removeEventListener('scroll', () => setStuck(window.scrollY > 40));
    };
  }, []);
  useEffect(() => {
    window.addEventListener('resize', () => setStuck(false), { once: true });
    return () => window.removeEventListener('resize', () => setStuck(false), { once: true } as EventListenerOptions);
  }, []);
  return <header className={stuck ? 'stuck' : ''} />;
}
