import { useEffect } from 'react';

export function Autosave({ save }) {
  useEffect(() => {
    const saveTimer = global.setTimeout(save, 1000);
    return () => {
      clearTimeout(saveTimer);
    };
  }, [save]);

  useEffect(() => {
    const retryTimer = globalThis.setTimeout(save, 5000);
    return () => {
      clearTimeout(retryTimer);
    };
  }, [save]);

  return null;
}
