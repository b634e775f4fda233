import { useEffect, useState } from 'react';

export function DelayedHint({ text }: { text: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      if (!controller.signal.aborted) setShown(true);
    })().catch(() => {});
    return () => controller.abort();
  }, [text]);
  return shown ? <p>{text}</p> : null;
}
