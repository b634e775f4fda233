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
    Promise.resolve(load(id));
    Promise.resolve({ then: (resolve: (value: string) => void) => resolve(id) });
    prepare();
    follow(id);
    either(id);
    // Low, no fix: as written it cannot reject, but a subclass may override `init`.
    this.init();
  }

  init(): Promise<void> {
    return Promise.resolve();
  }
}
