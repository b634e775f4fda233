import { useEffect, useState } from 'react';

export function Toast({ message }: { message: string }) {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const controller = new AbortController();
    const wait = new Promise<void>((resolve, reject) => {
      if (controller.signal.aborted) { reject(controller.signal.reason); return; }
      const timer = setTimeout(() => { controller.signal.removeEventListener('abort', onAbort); resolve(undefined); }, 3000);
      const onAbort = () => { clearTimeout(timer); reject(controller.signal.reason); };
      controller.signal.addEventListener('abort', onAbort, { once: true });
    });
    wait.then(() => setVisible(false));
    return () => {
      setVisible(true);
      controller.abort();
    };
  }, [message]);
  return visible ? <div role="status">{message}</div> : null;
}
