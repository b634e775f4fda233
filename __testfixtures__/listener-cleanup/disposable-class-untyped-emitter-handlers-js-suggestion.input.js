// In JavaScript the handlers move untyped; which arguments an emitter passes is for a person to check.
export class LogForwarder {
  constructor(child) {
    this.child = child;
  }

  start() {
    this.child.stdout?.on('data', (chunk) => process.stdout.write(chunk));
    this.child.on('exit', code => console.log('exited', code));
    this.child.on('close', () => console.log('closed'));
  }

  dispose() {
    console.log('stopped forwarding');
  }
}
