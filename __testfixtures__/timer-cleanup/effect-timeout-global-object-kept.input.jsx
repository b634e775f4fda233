import { useEffect } from 'react';

export function Autosave({ save }) {
  useEffect(() => {
    const saveTimer = global.setTimeout(save, 1000);
  }, [save]);

  useEffect(() => {
    const retryTimer = globalThis.setTimeout(save, 5000);
  }, [save]);

  return null;
}
