import { useEffect, useState } from 'react';

export function Header() {
  const [stuck, setStuck] = useState(false);
  useEffect(() => {
    const handleScroll = () => setStuck(window.scrollY > 40);
    window.addEventListener('scroll', handleScroll);
    return () => {
      window.removeEventListener('scroll', handleScroll);
    };
  }, []);
  useEffect(() => {
    const handleResize = () => setStuck(false);
    window.addEventListener('resize', handleResize, { once: true });
    return () => window.removeEventListener('resize', handleResize, { once: true } as EventListenerOptions);
  }, []);
  return <header className={stuck ? 'stuck' : ''} />;
}
