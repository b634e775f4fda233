declare function load(id: string): Promise<string>;
declare function log(message: string): void;

// Still findings: each of these promises can reject.
async function prepare(): Promise<void> {
  log('prepare');
  return Promise.resolve();
}

function follow(id: string): Promise<string> {
  return Promise.resolve(load(id));
}

function either(id: string): Promise<string> {
  if (!id) return Promise.resolve('');
  return load(id);
}

export class Base {
  start(id: string) {
    void Promise.resolve(load(id)).catch((error) => console.error(error));
    void Promise.resolve({ then: (resolve: (value: string) => void) => resolve(id) }).catch((error) => console.error(error));
    void prepare().catch((error) => console.error(error));
    void follow(id).catch((error) => console.error(error));
    void either(id).catch((error) => console.error(error));
    // Low, no fix: as written it cannot reject, but a subclass may override `init`.
    this.init();
  }

  init(): Promise<void> {
    return Promise.resolve();
  }
}
