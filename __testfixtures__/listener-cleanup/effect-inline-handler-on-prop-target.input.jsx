import { useEffect, useState } from 'react';

export function Feed({ socket }) {
  const [last, setLast] = useState('');
  useEffect(() => {
    socket.addEventListener('message', (event) => setLast(String(event.data)));
  }, [socket]);
  return <p>{last}</p>;
}
