import { useEffect, useState } from 'react';
import type { EventEmitter } from 'node:events';

interface Chat {
  on(event: 'message', listener: (text: string) => void): void;
  off(event: 'message', listener: (text: string) => void): void;
}

export function Messages({ chat, bus }: { chat: Chat; bus: EventEmitter }) {
  const [messages, setMessages] = useState<string[]>([]);
  useEffect(() => {
    const onMessage = (text: string) => setMessages((previous) => [...previous, text]);
    chat.on('message', onMessage);
  }, [chat]);
  useEffect(() => {
    const onClear = () => setMessages([]);
    bus.addListener('clear', onClear);
    bus.prependListener('reset', onClear);
  }, [bus]);
  useEffect(() => {
    bus.on('typing', (who: string) => console.log(`${who} is typing`));
  }, [bus]);
  return <ul>{messages.map((message) => <li key={message}>{message}</li>)}</ul>;
}
