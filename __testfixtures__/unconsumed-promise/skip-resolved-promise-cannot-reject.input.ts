declare function log(message: string): void;

// Not findings: a promise already resolved with a plain value cannot reject and holds no work.
function ready(): Promise<void> {
  log('ready');
  return Promise.resolve();
}

const settle = (): Promise<{ ok: boolean }> => Promise.resolve({ ok: true });

export class Gate {
  open(name: string) {
    Promise.resolve();
    ready();
    settle();
    this.#mark(name);
  }

  #mark(name: string): Promise<string> {
    log(name);
    return Promise.resolve(`marked ${name}`);
  }
}
