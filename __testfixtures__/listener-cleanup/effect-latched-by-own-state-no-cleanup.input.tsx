import { useEffect, useState } from 'react';

export function useScrollRestore(element: HTMLElement | null) {
  const [checked, setChecked] = useState(false);

  // Latched: the effect sets `checked`, re-runs because of it and returns at once. A cleanup
  // here would remove the listener at that re-run, a moment after adding it: no fix.
  useEffect(() => {
    if (!element || checked) {
      return;
    }
    setChecked(true);
    window.addEventListener('beforeunload', () => {
      localStorage.setItem('scrollPos', String(element.scrollTop));
    });
  }, [element, checked]);
}

export function useScrollSave(element: HTMLElement | null) {
  const [saved, setSaved] = useState(false);

  // Not latched: the early return does not test the state the effect sets; the re-run adds the
  // listener again, so the cleanup is the fix.
  useEffect(() => {
    if (!element) return;
    setSaved(true);
    window.addEventListener('beforeunload', () => {
      localStorage.setItem('scrollPos', String(element.scrollTop));
    });
  }, [element, saved]);
  return saved;
}
