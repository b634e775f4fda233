import { useEffect, useRef } from 'react';

export function ClickCounter({ onClick }: { onClick: (event: MouseEvent) => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.addEventListener('click', onClick);
  }, [onClick]);
  return <button ref={ref}>Count</button>;
}
