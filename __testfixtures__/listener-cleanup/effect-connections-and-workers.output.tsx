import { useEffect, useState } from 'react';

export function Live({ url }: { url: string }) {
  const [last, setLast] = useState('');
  useEffect(() => {
    const socket = new WebSocket(url);
    socket.onmessage = (message) => setLast(String(message.data));
    return () => {
      socket.close();
    };
  }, [url]);
  useEffect(() => {
    const events = new EventSource('/api/stream');
    events.onmessage = (event) => setLast(event.data);
    return () => {
      events.close();
    };
  }, []);
  useEffect(() => {
    const channel = new BroadcastChannel('tabs');
    channel.onmessage = (event) => setLast(String(event.data));
    return () => {
      channel.close();
    };
  }, []);
  useEffect(() => {
    const worker = new Worker(new URL('./crunch.js', import.meta.url));
    return () => {
      worker.terminate();
    };
  }, []);
  return <p>{last}</p>;
}
