import { useEffect, useRef } from 'react';

export function ClickCounter({ onClick }: { onClick: (event: MouseEvent) => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = ref.current;
    target?.addEventListener('click', onClick);
    return () => {
      target?.removeEventListener('click', onClick);
    };
  }, [onClick]);
  return <button ref={ref}>Count</button>;
}
