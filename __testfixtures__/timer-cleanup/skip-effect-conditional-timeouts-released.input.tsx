import { useEffect } from 'react';

export function Conditional({ flag, done }: { flag: boolean; done: () => void }) {
  useEffect(() => {
    let single: ReturnType<typeof setTimeout> | null = null;
    if (flag) {
      single = setTimeout(done, 1000);
    }
    return () => {
      single && clearTimeout(single);
    };
  }, [flag, done]);

  useEffect(() => {
    let first: ReturnType<typeof setTimeout> | undefined;
    let second: ReturnType<typeof setTimeout> | undefined;
    if (flag) {
      first = setTimeout(done, 1000);
      second = setTimeout(done, 2000);
    }
    return () => {
      first && clearTimeout(first);
      second && clearTimeout(second);
    };
  }, [flag, done]);

  return null;
}
