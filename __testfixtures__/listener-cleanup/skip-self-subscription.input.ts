type Listener<T> = (value: T) => void;

// A small observable store whose helper waits for a value by subscribing to the store itself.
export class Store<T> {
  private listeners: Listener<T>[] = [];

  constructor(private value: T) {}

  subscribe(listener: Listener<T>): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((other) => other !== listener);
    };
  }

  next(value: T): void {
    this.value = value;
    for (const listener of this.listeners) listener(value);
  }

  nextValue = (): Promise<T> =>
    new Promise((resolve) => {
      this.subscribe(resolve);
    });

  dispose(): void {
    this.listeners = [];
  }
}
