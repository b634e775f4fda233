import { bus } from './bus';

// What the setup returns is a getter, not a stop function: a removal put in
// it would run each time a caller reads the count.
export const initCounter = () => {
  let count = 0;
  bus.on('tick', () => {
    count += 1;
  });
  return () => count;
};
