import { useEffect } from 'react';

export function Shortcut({ flash }: { flash: (on: boolean) => void }) {
  useEffect(() => {
    let timeoutId: ReturnType<typeof setTimeout> | undefined;
    const onKey = () => {
      flash(true);
      timeoutId = setTimeout(() => flash(false), 150);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      clearTimeout(timeoutId);
    };
  }, [flash]);

  return null;
}
