import { useEffect } from "react";

export function Bom({ tick }: { tick: () => void }) {
  useEffect(() => {
    const intervalId = setInterval(tick, 1000);
    return () => {
      clearInterval(intervalId);
    };
  }, [tick]);
  return null;
}
