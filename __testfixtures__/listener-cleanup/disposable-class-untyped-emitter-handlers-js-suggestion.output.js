// In JavaScript the handlers move untyped; which arguments an emitter passes is for a person to check.
export class LogForwarder {
  constructor(child) {
    this.child = child;
  }

  #handleData = (chunk) => process.stdout.write(chunk);

  #handleExit = code => console.log('exited', code);

  #handleClose = () => console.log('closed');

  start() {
    this.child.stdout?.on('data', this.#handleData);
    this.child.on('exit', this.#handleExit);
    this.child.on('close', this.#handleClose);
  }

  dispose() {
    console.log('stopped forwarding');
    this.child.stdout?.off('data', this.#handleData);
    this.child.off('exit', this.#handleExit);
    this.child.off('close', this.#handleClose);
  }
}
