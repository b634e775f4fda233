import { useEffect, useState } from 'react';

export function DelayedHint({ text }: { text: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    setShown(false);
    new Promise((resolve) => setTimeout(resolve, 800))
      .then(() => setShown(true))
      .catch(() => {});
  }, [text]);
  return shown ? <p>{text}</p> : null;
}
