import { useEffect } from 'react';

export function Shortcut({ flash }: { flash: (on: boolean) => void }) {
  useEffect(() => {
    const onKey = () => {
      flash(true);
      setTimeout(() => flash(false), 150);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flash]);

  return null;
}
