import { useEffect } from 'react';

export function useDragAfterPress(onMove: (event: PointerEvent) => void): void {
  useEffect(() => {
    const onDown = () => {
      window.addEventListener('pointermove', onMove);
    };
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
    };
  }, [onMove]);
}
