import { useEffect, useState } from 'react';

export function Toast({ message }: { message: string }) {
  const [visible, setVisible] = useState(true);

  useEffect(() => {
    const timeoutId = setTimeout(() => setVisible(false), 3_000);
    return () => {
      clearTimeout(timeoutId);
    };
  }, [message]);

  useEffect(() => {
    const fadeTimer = window.setTimeout(() => document.body.classList.add('faded'), 2_500);
    return () => {
      clearTimeout(fadeTimer);
    };
  }, [message]);

  return visible ? <p role="status">{message}</p> : null;
}
