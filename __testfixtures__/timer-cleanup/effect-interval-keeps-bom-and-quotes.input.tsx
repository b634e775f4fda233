import { useEffect } from "react";

export function Bom({ tick }: { tick: () => void }) {
  useEffect(() => {
    setInterval(tick, 1000);
  }, [tick]);
  return null;
}
