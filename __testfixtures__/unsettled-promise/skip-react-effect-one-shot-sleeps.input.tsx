import { useEffect, useState } from 'react';

// One-shot sleeps: each ends by itself, once per effect run (no signal in scope to tie them to).
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

export function Toast({ message }: { message: string }) {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const wait = new Promise<void>((resolve) => setTimeout(() => resolve(), 3000));
    wait.then(() => setVisible(false));
    return () => setVisible(true);
  }, [message]);
  return visible ? <div role="status">{message}</div> : null;
}
