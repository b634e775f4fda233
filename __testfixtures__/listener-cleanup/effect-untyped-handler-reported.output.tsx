import { useEffect, useState } from 'react';

interface Channel {
  addEventListener(type: 'note', listener: (event: { text: string }) => void): void;
  removeEventListener(type: 'note', listener: (event: { text: string }) => void): void;
}

export function Notes({ channel }: { channel: Channel }) {
  const [last, setLast] = useState('');
  useEffect(() => {
    channel.addEventListener('note', (event) => setLast(event.text));
  }, [channel]);
  return <p>{last}</p>;
}
