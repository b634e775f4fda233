import { useEffect, useRef } from 'react';

export function ClickCounter({ onClick }: { onClick: (event: MouseEvent) => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = ref.current;
    element?.addEventListener('click', onClick);
    return () => {
      element?.removeEventListener('click', onClick);
    };
  }, [onClick]);
  return <button ref={ref}>Count</button>;
}
