import type { ChildProcess } from 'node:child_process';

// The handlers' parameters were typed by `on(...)`. Moved to fields, they are typed `any`, so
// the suggestion still compiles under noImplicitAny and a person gives them their types.
export class LogForwarder {
  constructor(private readonly child: ChildProcess) {}

  start(): void {
    this.child.stdout?.on('data', (chunk) => process.stdout.write(chunk));
    this.child.on('exit', code => console.log('exited', code));
    this.child.on('message', (...parts) => console.log(parts.length));
  }

  dispose(): void {
    console.log('stopped forwarding');
  }
}
