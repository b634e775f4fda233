import { useEffect, useState } from 'react';

export function DelayedHint({ text }: { text: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    setShown(false);
    new Promise((resolve, reject) => {
      if (controller.signal.aborted) { reject(controller.signal.reason); return; }
      const timer = setTimeout(() => { controller.signal.removeEventListener('abort', onAbort); resolve(undefined); }, 800);
      const onAbort = () => { clearTimeout(timer); reject(controller.signal.reason); };
      controller.signal.addEventListener('abort', onAbort, { once: true });
    })
      .then(() => setShown(true))
      .catch(() => {});
    return () => {
      controller.abort();
    };
  }, [text]);
  return shown ? <p>{text}</p> : null;
}
