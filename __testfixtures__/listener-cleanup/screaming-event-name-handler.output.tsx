import { useEffect, useRef } from 'react';
import { eventBus } from './event-bus';

export function SearchForm() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const handleFocusSearchField = () => {
      input.current?.focus();
    };
    eventBus.on('FOCUS_SEARCH_FIELD', handleFocusSearchField);
    return () => {
      eventBus.off('FOCUS_SEARCH_FIELD', handleFocusSearchField);
    };
  }, []);
  return <input ref={input} />;
}
