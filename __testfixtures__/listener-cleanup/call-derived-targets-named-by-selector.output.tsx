// Call-derived targets are cached before the fix pairs add and remove (the catalog's policy);
// the cached element is named after its selector, and the cast's parentheses go with the call.
import { useEffect, useRef } from 'react';

export function UserForm({ onSave, onCancel }: { onSave: (e: Event) => void; onCancel: () => void }) {
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const page = pageRef.current!;
    const userProfileForm = page.querySelector('.user-profile-form') as HTMLFormElement;
    userProfileForm.addEventListener('submit', onSave);
    const btnCancel = page.querySelector('#btnCancel') as HTMLButtonElement;
    btnCancel.addEventListener('click', onCancel);
    const helpLink = document.getElementById('help-link')!;
    helpLink.addEventListener('click', onCancel);
    const target = page.querySelector('[data-role="close"]');
    target?.addEventListener('click', onCancel);

    return () => {
      // A near miss, repaired: the call is not trusted to return the same element again.
      btnCancel.removeEventListener('click', onCancel);
      userProfileForm.removeEventListener('submit', onSave);
      helpLink.removeEventListener('click', onCancel);
      target?.removeEventListener('click', onCancel);
    };
  }, [onSave, onCancel]);

  return <div ref={pageRef} />;
}
