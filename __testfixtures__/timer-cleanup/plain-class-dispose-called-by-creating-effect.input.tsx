import { useEffect } from 'react';

class Poller {
  constructor(private readonly onTick: () => void) {
    setInterval(() => this.onTick(), 1000);
    window.addEventListener('online', this.onOnline);
  }

  private readonly onOnline = () => this.onTick();
}

export function usePoller(onTick: () => void): void {
  useEffect(() => {
    const poller = new Poller(onTick);
    console.log(poller);
  }, [onTick]);
}
