import { useEffect } from 'react';
import $ from 'jquery';

// The chain clears the same event before it adds it again: that keeps one listener per run of the
// effect, but the removal runs before the add and releases nothing of it. With no cleanup, the
// listener outlives the component: still a leak.
export function Header({ onResize }: { onResize: () => void }) {
  useEffect(() => {
    const win = $(window);
    win.off('resize.header').on('resize.header', () => onResize());
  }, []);
  return null;
}
