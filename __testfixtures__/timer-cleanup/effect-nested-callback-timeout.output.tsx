import { useEffect } from 'react';

export function Shortcut({ flash }: { flash: (on: boolean) => void }) {
  useEffect(() => {
    const timeoutIds: ReturnType<typeof setTimeout>[] = [];
    const onKey = () => {
      flash(true);
      timeoutIds.push(setTimeout(() => flash(false), 150));
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      for (const timeoutId of timeoutIds) clearTimeout(timeoutId);
    };
  }, [flash]);

  return null;
}
