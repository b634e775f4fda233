type ChangeHandler = (field: string, value: unknown) => void;

interface Store {
  write(field: string, value: unknown): Promise<void>;
}

export function makeRow(store: Store) {
  // Declared as returning void: callers see `void`, so `.catch` on the result would not compile.
  const applyChange: ChangeHandler = async (field, value) => {
    await store.write(field, value);
  };
  // Declared as returning a promise: the fix stays.
  const persist: (field: string) => Promise<void> = async (field) => {
    await store.write(field, null);
  };
  return {
    onBlur(value: unknown) {
      applyChange('title', value);
      persist('title');
    },
  };
}

export class Editor {
  constructor(private readonly store: Store) {}

  commit: ChangeHandler = async (field, value) => {
    await this.store.write(field, value);
  };

  save = async (field: string) => {
    await this.store.write(field, null);
  };

  flush() {
    this.commit('body', 1);
    this.save('body');
  }
}
