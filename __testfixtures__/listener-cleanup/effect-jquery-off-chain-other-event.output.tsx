import { useEffect } from 'react';
import $ from 'jquery';

// `.off('x')` returns the jQuery object, so `.on()` chained after it listens on the window too:
// the release goes on `win`, not on a copy of the chain. Here the chain clears another event
// than it adds, and nothing removes the new one: still a leak.
export function Ruler({ onMove }: { onMove: (x: number) => void }) {
  useEffect(() => {
    const win = $(window);
    const handlePointerMoveRuler = (e: any) => onMove(e.pageX);
    win.off('mousemove.ruler').on('pointermove.ruler', handlePointerMoveRuler);
    return () => {
      win.off('pointermove.ruler', handlePointerMoveRuler);
    };
  }, []);
  return null;
}
