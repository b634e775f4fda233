import type { ChildProcess } from 'node:child_process';

// The handlers' parameters are typed by `on(...)`. Moved to fields they would have no type
// (implicitly `any`, an error under noImplicitAny; `: any` is never written): reported only.
export class LogForwarder {
  constructor(private readonly child: ChildProcess) {}

  private readonly handleClose = (code: number | null) => console.log('closed', code);

  private readonly handleSpawn = () => console.log('spawned');

  start(): void {
    this.child.stdout?.on('data', (chunk) => process.stdout.write(chunk));
    this.child.on('exit', code => console.log('exited', code));
    this.child.on('message', (...parts) => console.log(parts.length));
    // Written types, or no parameters: nothing to lose, the handler moves.
    this.child.on('close', this.handleClose);
    this.child.on('spawn', this.handleSpawn);
  }

  dispose(): void {
    console.log('stopped forwarding');
    this.child.off('close', this.handleClose);
    this.child.off('spawn', this.handleSpawn);
  }
}
