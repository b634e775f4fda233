import { useEffect, useState } from 'react';

interface LevelSource {
  on(event: 'level', listener: (level: number) => void): void;
  off(event: 'level', listener: (level: number) => void): void;
}

// The cleanup destructures the same property from the same value again, and removes the listener from it.
export function LevelMeter({ input }: { input?: { source?: LevelSource } }) {
  const [level, setLevel] = useState(0);

  useEffect(() => {
    if (input) {
      const { source } = input;
      source?.on('level', setLevel);
    }

    return () => {
      if (input) {
        const { source: current } = input;
        current?.off('level', setLevel);
      }
    };
  }, [input]);

  return <meter value={level} />;
}
