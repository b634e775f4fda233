import { useState } from 'react';

declare function removeKey(id: string): Promise<void>;
declare function reportError(error: unknown): void;
declare function wrap(error: unknown): Error;

async function retryRemove(id: string): Promise<void> {
  await removeKey(id);
}

async function removeQuietly(id: string): Promise<void> {
  try {
    await removeKey(id);
  } catch (error) {
    reportError(error);
  }
}

export function KeyRow({ id }: { id: string }) {
  const [loading, setLoading] = useState(false);

  // Still findings: the handler calls this file's `retryRemove`, whose promise rejects; the
  // `ok` callback of `.then(ok, report)` throws, and `report` does not see that throw
  const onRetry = () => {
    removeKey(id)
      .catch(() => retryRemove(id))
      .then(() => setLoading(false));
    removeKey(id)
      .then(
        () => {
          if (!loading) throw new Error('stale');
        },
        (error) => reportError(error),
      )
      .then(() => setLoading(false));
  };

  // No findings: each handler ends the rejection — an async handler that awaits nothing, a
  // throw the handler catches itself, a `Promise.reject` it handles and does not return, a
  // call of this file's function that catches every error itself
  const onRemove = () => {
    removeKey(id)
      .catch(async (error) => {
        reportError(error);
      })
      .then(() => setLoading(false));
    removeKey(id)
      .catch((error) => {
        try {
          throw wrap(error);
        } catch (wrapped) {
          reportError(wrapped);
        }
      })
      .then(() => setLoading(false));
    removeKey(id)
      .catch((error) => {
        Promise.reject(error).catch(reportError);
      })
      .then(() => setLoading(false));
    removeKey(id)
      .catch(() => removeQuietly(id))
      .then(() => setLoading(false));
  };

  return <button aria-busy={loading} onClick={onRemove} onDoubleClick={onRetry} />;
}
