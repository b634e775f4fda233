import { useEffect } from 'react';
import $ from 'jquery';

// `win.off('x').on('x', fn)` listens on `win` (jQuery's `.off()` returns the same object), so
// the cleanup's `win.off('x')`, which drops every listener of the event, releases it; the same
// with a new `$(window)` wrapper, which reaches the same element.
export function Banner({ onResize }: { onResize: () => void }) {
  useEffect(() => {
    const win = $(window);
    win.off('resize.banner').on('resize.banner', () => onResize());
    return () => {
      win.off('resize.banner');
    };
  }, []);
  return null;
}

export function Footer({ onResize }: { onResize: () => void }) {
  useEffect(() => {
    $(window).off('resize.footer').on('resize.footer', () => onResize());
    return () => {
      $(window).off('resize.footer');
    };
  }, []);
  return null;
}
