import { useState } from 'react';

declare function removeKey(id: string): Promise<void>;
declare function reportError(error: unknown): void;

export function KeyRow({ id }: { id: string }) {
  const [loading, setLoading] = useState(false);

  // Still findings: each handler passes the rejection on (it throws, awaits, returns
  // Promise.reject or a call's promise), so the chain after it rejects even though the `.then`
  // only resets a flag
  const onRemove = () => {
    setLoading(true);
    removeKey(id)
      .catch((error) => {
        reportError(error);
        throw error;
      })
      .then(() => setLoading(false));
    removeKey(id)
      .catch(async (error) => {
        await reportError(error);
      })
      .finally(() => setLoading(false));
    removeKey(id)
      .catch((error) => Promise.reject(error))
      .then(() => setLoading(false));
    removeKey(id)
      .catch((error) => {
        reportError(error);
        return removeKey(id);
      })
      .then(() => setLoading(false));
  };

  return <button aria-busy={loading} onClick={onRemove} />;
}
