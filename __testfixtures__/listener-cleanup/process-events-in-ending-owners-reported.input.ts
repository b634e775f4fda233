import { useEffect } from 'react';

// Not an end-of-process event: a message channel of a child process, and stdin data.
export function listenToParent(onMessage: (message: unknown) => void): void {
  process.on('message', onMessage);
  process.stdin.on('data', onMessage);
}

// End-of-process events inside an owner that ends are process lifetime by intent (LEAKS.md) and
// are reported only with `reportProcessLifetime` (options.json), as suggestions: each instance's
// handler stays reachable from `process` until the process ends.
export class Server {
  listen(): void {
    process.on('SIGTERM', this.shutDown);
  }

  close(): void {
    console.log('closed');
  }

  private readonly shutDown = () => this.close();
}

export function useFlushOnExit(flush: () => void): void {
  useEffect(() => {
    process.on('beforeExit', flush);
  }, [flush]);
}
