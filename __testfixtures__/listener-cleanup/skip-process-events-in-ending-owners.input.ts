import { useEffect } from 'react';

// LEAKS.md, "Process lifetime by intent, not findings: `process.on/once` for signals, `exit`,
// `beforeExit`, `uncaughtException`, `unhandledRejection`, `warning`": the sentence names the
// calls, not a place, so these are not findings inside owners that end either.
export class Server {
  listen(): void {
    process.on('SIGTERM', this.shutDown);
    process.once('SIGINT', this.shutDown);
  }

  dispose(): void {
    console.log('disposed');
  }

  private readonly shutDown = () => this.dispose();
}

export function useFlushOnExit(flush: () => void): void {
  useEffect(() => {
    process.on('beforeExit', flush);
    process.on('uncaughtException', (error) => console.error(error));
    // Any signal, and the monitor form of uncaughtException, as a template literal too.
    process.on('SIGPIPE', flush);
    process.on(`uncaughtExceptionMonitor`, (error) => console.error(error));
  }, [flush]);
}
