import { useEffect } from 'react';

export function useFirstInteraction(onFirst: () => void): void {
  useEffect(() => {
    document.addEventListener('pointerdown', onFirst, { once: true });
  }, [onFirst]);
}
