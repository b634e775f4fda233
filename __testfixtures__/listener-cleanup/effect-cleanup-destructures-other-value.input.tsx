import { useEffect, useState } from 'react';

interface LevelSource {
  on(event: 'level', listener: (level: number) => void): void;
  off(event: 'level', listener: (level: number) => void): void;
}

// The cleanup reads the property from another value: the listener on this one stays.
export function LevelMeter({ input, fallback }: { input?: { source?: LevelSource }; fallback: { source?: LevelSource } }) {
  const [level, setLevel] = useState(0);

  useEffect(() => {
    if (input) {
      const { source } = input;
      source?.on('level', setLevel);
    }

    return () => {
      const { source } = fallback;
      source?.off('level', setLevel);
    };
  }, [input, fallback]);

  return <meter value={level} />;
}
