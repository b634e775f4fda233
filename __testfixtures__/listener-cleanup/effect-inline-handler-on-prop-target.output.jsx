import { useEffect, useState } from 'react';

export function Feed({ socket }) {
  const [last, setLast] = useState('');
  useEffect(() => {
    const handleMessage = (event) => setLast(String(event.data));
    socket.addEventListener('message', handleMessage);
    return () => {
      socket.removeEventListener('message', handleMessage);
    };
  }, [socket]);
  return <p>{last}</p>;
}
