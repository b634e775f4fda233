import { useEffect, useState } from 'react';

export function Toast({ message }: { message: string }) {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const wait = new Promise<void>((resolve) => setTimeout(() => resolve(), 3000));
    wait.then(() => setVisible(false));
    return () => setVisible(true);
  }, [message]);
  return visible ? <div role="status">{message}</div> : null;
}
