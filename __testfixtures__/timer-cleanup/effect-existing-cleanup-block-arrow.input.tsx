import { useEffect } from 'react';

export function Presence({ socket }: { socket: WebSocket }) {
  useEffect(() => {
    const onOpen = () => socket.send('hello');
    socket.addEventListener('open', onOpen);
    setInterval(() => socket.send('ping'), 30_000);
    return () => {
      socket.removeEventListener('open', onOpen);
    };
  }, [socket]);

  return null;
}
