import { useEffect } from 'react';

// Only the cleanup calls detach(): the add there is most likely meant to be the removal
// (report-only, as an add written directly in the cleanup).
export function Tracker({ onScroll }: { onScroll: () => void }) {
  useEffect(() => {
    const detach = () => {
      window.addEventListener('scroll', onScroll);
    };
    return () => {
      detach();
    };
  }, [onScroll]);
  return null;
}

// The function also runs when the effect starts: a listener to remove in the cleanup (a finding with a fix).
export function Resizer({ onResize }: { onResize: () => void }) {
  useEffect(() => {
    const attach = () => {
      window.addEventListener('resize', onResize);
    };
    attach();
    return () => {
      console.log('bye');
      window.removeEventListener('resize', onResize);
    };
  }, [onResize]);
  return null;
}
