import { useCallback, useEffect, useMemo, useRef } from 'react';
import { getVisibilityEvent } from './visibility';

const RESIZE = 'resize';

export function Released({ onScroll }: { onScroll: () => void }) {
  const handleResize = useCallback(() => console.log('resize'), []);
  const handleFocus = useMemo(() => () => console.log('focus'), []);
  const latest = useRef(() => console.log('latest'));

  useEffect(() => {
    window.addEventListener('resize', handleResize);
    window.addEventListener('focus', handleFocus, true);
    document.addEventListener(getVisibilityEvent(), onScroll);
    return () => {
      globalThis.removeEventListener(RESIZE, handleResize);
      window.removeEventListener('focus', handleFocus, { capture: true });
      document.removeEventListener(getVisibilityEvent(), onScroll);
    };
  }, [handleResize, handleFocus, onScroll]);

  useEffect(() => {
    const options = { capture: true, passive: true };
    window.addEventListener('scroll', onScroll as EventListener, options);
    window.addEventListener('wheel', onScroll, { capture: options.capture });
    return () => {
      window.removeEventListener('scroll', onScroll, options);
      window.removeEventListener('wheel', onScroll as EventListener, true);
    };
  }, [onScroll]);

  // Added in one effect, removed in another: the release still reaches it.
  useEffect(() => {
    window.addEventListener('blur', latest.current);
  }, []);
  useEffect(() => () => window.removeEventListener('blur', latest.current), []);

  // Removed in the effect, added back in its cleanup (an odd order, but every add has its remove).
  useEffect(() => {
    window.removeEventListener('pagehide', latest.current);
    return () => window.addEventListener('pagehide', latest.current);
  }, []);

  useEffect(() => {
    const handleKey = () => console.log('key');
    window.addEventListener('keydown', handleKey);
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, []);

  return null;
}
