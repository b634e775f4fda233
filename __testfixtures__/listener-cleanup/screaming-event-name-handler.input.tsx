import { useEffect, useRef } from 'react';
import { eventBus } from './event-bus';

export function SearchForm() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    eventBus.on('FOCUS_SEARCH_FIELD', () => {
      input.current?.focus();
    });
  }, []);
  return <input ref={input} />;
}
