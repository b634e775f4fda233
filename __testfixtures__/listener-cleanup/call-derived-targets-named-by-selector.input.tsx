// Call-derived targets are cached before the fix pairs add and remove (the catalog's policy);
// the cached element is named after its selector, and the cast's parentheses go with the call.
import { useEffect, useRef } from 'react';

export function UserForm({ onSave, onCancel }: { onSave: (e: Event) => void; onCancel: () => void }) {
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const page = pageRef.current!;
    (page.querySelector('.user-profile-form') as HTMLFormElement).addEventListener('submit', onSave);
    (page.querySelector('#btnCancel') as HTMLButtonElement).addEventListener('click', onCancel);
    document.getElementById('help-link')!.addEventListener('click', onCancel);
    page.querySelector('[data-role="close"]')?.addEventListener('click', onCancel);

    return () => {
      // A near miss, repaired: the call is not trusted to return the same element again.
      (page.querySelector('#btnCancel') as HTMLButtonElement).removeEventListener('click', onCancel);
    };
  }, [onSave, onCancel]);

  return <div ref={pageRef} />;
}
