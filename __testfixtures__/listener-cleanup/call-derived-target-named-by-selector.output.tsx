// A call-derived target is cached before the fix pairs add and remove (the catalog's policy);
// the cached element is named after its selector, and the cast's parentheses go with the call.
import { useEffect, useRef } from 'react';

export function UserForm({ onCancel }: { onCancel: () => void }) {
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const page = pageRef.current!;
    const btnCancel = page.querySelector('#btnCancel') as HTMLButtonElement;
    btnCancel.addEventListener('click', onCancel);

    return () => {
      // A near miss, repaired: the call is not trusted to return the same element again.
      btnCancel.removeEventListener('click', onCancel);
    };
  }, [onCancel]);

  return <div ref={pageRef} />;
}
