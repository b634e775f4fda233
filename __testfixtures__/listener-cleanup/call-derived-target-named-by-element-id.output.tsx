// `getElementById('help-link')` caches as `helpLink`.
import { useEffect } from 'react';

export function HelpLink({ onOpen }: { onOpen: () => void }) {
  useEffect(() => {
    const helpLink = document.getElementById('help-link')!;
    helpLink.addEventListener('click', onOpen);
    return () => {
      helpLink.removeEventListener('click', onOpen);
    };
  }, [onOpen]);

  return null;
}
