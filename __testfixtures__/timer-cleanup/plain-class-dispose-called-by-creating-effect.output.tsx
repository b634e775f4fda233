import { useEffect } from 'react';

class Poller {
  private intervalId?: ReturnType<typeof setInterval>;

  constructor(private readonly onTick: () => void) {
    this.intervalId = setInterval(() => this.onTick(), 1000);
    window.addEventListener('online', this.onOnline);
  }

  dispose() {
    clearInterval(this.intervalId);
  }

  private readonly onOnline = () => this.onTick();
}

export function usePoller(onTick: () => void): void {
  useEffect(() => {
    const poller = new Poller(onTick);
    console.log(poller);
    return () => {
      poller.dispose();
    };
  }, [onTick]);
}
