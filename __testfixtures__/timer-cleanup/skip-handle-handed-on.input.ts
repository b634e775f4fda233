import { useEffect } from 'react';

export function startPolling(poll: () => void) {
  return setInterval(poll, 1000);
}

export const startTicker = (tick: () => void) => setInterval(tick, 1000);

export function useRegistered(register: (id: ReturnType<typeof setInterval>) => void, tick: () => void) {
  useEffect(() => {
    register(setInterval(tick, 1000));
    const id = setInterval(tick, 2000);
    register(id);
  }, [register, tick]);
}

export class Scheduler {
  private readonly timers = new Set<ReturnType<typeof setInterval>>();

  every(ms: number, task: () => void): void {
    this.timers.add(setInterval(task, ms));
  }

  dispose(): void {
    for (const timer of this.timers) clearInterval(timer);
  }
}
