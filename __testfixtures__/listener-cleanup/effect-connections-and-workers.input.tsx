import { useEffect, useState } from 'react';

export function Live({ url }: { url: string }) {
  const [last, setLast] = useState('');
  useEffect(() => {
    const socket = new WebSocket(url);
    socket.onmessage = (message) => setLast(String(message.data));
  }, [url]);
  useEffect(() => {
    const events = new EventSource('/api/stream');
    events.onmessage = (event) => setLast(event.data);
  }, []);
  useEffect(() => {
    const channel = new BroadcastChannel('tabs');
    channel.onmessage = (event) => setLast(String(event.data));
  }, []);
  useEffect(() => {
    new Worker(new URL('./crunch.js', import.meta.url));
  }, []);
  return <p>{last}</p>;
}
