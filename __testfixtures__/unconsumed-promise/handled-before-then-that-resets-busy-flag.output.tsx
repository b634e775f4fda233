import { useState } from 'react';

declare function removeKey(id: string): Promise<void>;
declare function reportError(error: unknown): void;
declare function useFormState(): [boolean, (busy: boolean) => void];

export function KeyRow({ id }: { id: string }) {
  const [loading, setLoading] = useState(false);
  const [modal, setModal] = useState('');
  const [saving, setSaving] = useFormState();
  let removing = false;

  // The rejection is handled before the last `.then`s, whose callbacks only reset busy flags
  // (React's state setters given a literal, a literal put in a `let`): nothing left to reject
  const onRemove = () => {
    setLoading(true);
    removing = true;
    removeKey(id)
      .catch((error) => reportError(error))
      .then(() => setLoading(false))
      .then(() => {
        setModal('');
        removing = false;
      });
  };

  // Still findings: `setSaving` comes from another hook and may be anything; `reset()` may throw
  const onSave = () => {
    removeKey(id)
      .catch((error) => reportError(error))
      .then(() => setSaving(false));
    removeKey(id)
      .catch((error) => reportError(error))
      .then(() => {
        setLoading(false);
        reset();
      });
  };

  const reset = () => setModal(removing ? 'busy' : '');

  return <button aria-busy={loading || saving} data-modal={modal} onClick={onRemove} onDoubleClick={onSave} />;
}
