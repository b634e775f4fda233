// `getElementById('help-link')` caches as `helpLink`.
import { useEffect } from 'react';

export function HelpLink({ onOpen }: { onOpen: () => void }) {
  useEffect(() => {
    document.getElementById('help-link')!.addEventListener('click', onOpen);
  }, [onOpen]);

  return null;
}
