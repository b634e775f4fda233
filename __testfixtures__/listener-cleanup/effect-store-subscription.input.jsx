import { useEffect, useState } from 'react';
import { createStore } from 'redux';

const store = createStore((state = { count: 0 }) => state);

export function Counter() {
  const [count, setCount] = useState(store.getState().count);
  useEffect(() => {
    store.subscribe(() => setCount(store.getState().count));
  }, []);
  useEffect(() => {
    const unsubscribe = store.subscribe(() => console.log('changed'));
    console.log('listening', typeof unsubscribe);
  }, []);
  return <p>{count}</p>;
}
