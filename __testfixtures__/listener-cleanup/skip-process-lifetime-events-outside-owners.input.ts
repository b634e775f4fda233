import http from 'node:http';

export function installShutdown(server: http.Server, log: (message: unknown) => void): void {
  process.on('SIGTERM', () => server.close());
  process.on(`SIGINT`, () => server.close());
  process.on('uncaughtException', (error) => log(error));
  process.on('unhandledRejection', (reason) => log(reason));
  process.prependListener('exit', (code) => log(code));
  process.on('beforeExit', () => log('idle'));
  process.on('warning', (warning) => log(warning.message));
}

// A class with no disposal method: its process handlers are meant to last.
export class CrashReporter {
  install(): void {
    process.on('uncaughtException', this.report);
    process.on('SIGUSR2', () => this.report(new Error('dump requested')));
  }

  private readonly report = (error: Error) => console.error(error);
}
