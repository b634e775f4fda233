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
    return () => {
      chat.off('message', onMessage);
    };
  }, [chat]);
  useEffect(() => {
    const onClear = () => setMessages([]);
    bus.addListener('clear', onClear);
    bus.prependListener('reset', onClear);
    return () => {
      bus.removeListener('clear', onClear);
      bus.removeListener('reset', onClear);
    };
  }, [bus]);
  useEffect(() => {
    const handleTyping = (who: string) => console.log(`${who} is typing`);
    bus.on('typing', handleTyping);
    return () => {
      bus.off('typing', handleTyping);
    };
  }, [bus]);
  return <ul>{messages.map((message) => <li key={message}>{message}</li>)}</ul>;
}
