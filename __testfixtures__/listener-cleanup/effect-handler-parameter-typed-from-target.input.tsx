import { useEffect, useRef, useState } from 'react';

export function Feed({ socket }: { socket: WebSocket }) {
  const [last, setLast] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    socket.addEventListener('message', (event) => setLast(String(event.data)));
  }, [socket]);
  useEffect(() => {
    button.current?.addEventListener('click', (event) => setLast(`clicked at ${event.clientX}`));
  }, [socket]);
  return <button ref={button}>{last}</button>;
}
