import { useEffect, useState } from 'react';

export function DelayedHint({ text }: { text: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      await new Promise((resolve, reject) => {
        if (controller.signal.aborted) { reject(controller.signal.reason); return; }
        const listening = new AbortController();
        const timer = setTimeout(() => { listening.abort(); resolve(undefined); }, 800);
        controller.signal.addEventListener('abort', () => { clearTimeout(timer); reject(controller.signal.reason); }, { signal: listening.signal });
      });
      if (!controller.signal.aborted) setShown(true);
    })().catch(() => {});
    return () => controller.abort();
  }, [text]);
  return shown ? <p>{text}</p> : null;
}
