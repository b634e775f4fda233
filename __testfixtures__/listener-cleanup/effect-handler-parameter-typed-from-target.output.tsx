import { useEffect, useRef, useState } from 'react';

export function Feed({ socket }: { socket: WebSocket }) {
  const [last, setLast] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const handleMessage = (event: WebSocketEventMap['message']) => setLast(String(event.data));
    socket.addEventListener('message', handleMessage);
    return () => {
      socket.removeEventListener('message', handleMessage);
    };
  }, [socket]);
  useEffect(() => {
    const element = button.current;
    const handleClick = (event: HTMLElementEventMap['click']) => setLast(`clicked at ${event.clientX}`);
    element?.addEventListener('click', handleClick);
    return () => {
      element?.removeEventListener('click', handleClick);
    };
  }, [socket]);
  return <button ref={button}>{last}</button>;
}
