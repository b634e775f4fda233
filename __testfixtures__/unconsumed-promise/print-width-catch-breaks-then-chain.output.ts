declare function loadScene(id: string): Promise<string[]>;
declare function saveAll(ids: string[]): Promise<void>;
declare function render(elements: string[]): void;

// The handler's block is broken, and the chain with it: once `.catch(` follows, `.then(…)`
// is a call before the last that spans lines, and prettier (Biome, oxfmt) prints such a
// chain one call per line, one unit deeper.
export function restore(id: string): void {
  void loadScene(id)
    .then((elements) => {
      render(elements);
    })
    .catch((error) => console.error(error));
}

export function saveEach(ids: string[]): void {
  void Promise.all(ids.map(async (id) => {
    await saveAll([id]);
  })).catch((error) => console.error(error));
}

// prettier's groups: `store` alone on the first line; `this.load()` kept together.
export function refresh(store: { load(): Promise<number> }): void {
  void store
    .load()
    .then((count) => {
      render([String(count)]);
    })
    .catch((error) => console.error(error));
}

export class Panel {
  load(): Promise<number> {
    return Promise.resolve(1);
  }

  open(): void {
    void this.load()
      .then((count) => {
        render([String(count)]);
      })
      .catch((error) => console.error(error));
  }
}
