import { useEffect } from 'react';

// The callback releases a listener and also does other work (shows a toast): not only a
// cleanup, so it still must not run after unmount.
export function PasteHint({ toast }: { toast: (text: string) => void }) {
  useEffect(() => {
    const block = (event: ClipboardEvent) => event.preventDefault();
    document.addEventListener('paste', block);
    const timeoutId = setTimeout(() => {
      document.removeEventListener('paste', block);
      toast('You can paste now');
    }, 100);
    return () => {
      clearTimeout(timeoutId);
    };
  }, []);

  return null;
}
