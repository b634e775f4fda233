// A transport client with a disposal method. error() defers the completion callback it is
// handed last, to answer as asynchronously as the other transports do: cancelling that timer
// in close() would leave the caller's callback never called. No finding. retryLater() runs work
// the owner was handed first, after a delay: that one still ends in close().
export class SocketClient {
  private closed = false;

  constructor(private readonly socket: { send(data: Uint8Array): void; close(): void }) {}

  error(code: number, message = '', cb?: (err?: Error) => void): void {
    this.socket.send(new TextEncoder().encode(`${code}:${message}`));
    if (cb) {
      setTimeout(cb, 1);
    }
  }

  retryLater(job: () => void, delay: number): void {
    setTimeout(job, delay);
  }

  close(): void {
    this.closed = true;
    this.socket.close();
  }
}
