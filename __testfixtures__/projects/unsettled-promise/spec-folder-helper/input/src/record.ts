type Listener = (value: string) => void;

export class Record {
  private listeners = new Map<string, Listener[]>();

  once(event: string, listener: Listener): void {
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
  }

  emit(event: string, value: string): void {
    for (const listener of this.listeners.get(event) ?? []) listener(value);
    this.listeners.delete(event);
  }
}

export function whenSaved(record: Record): Promise<string> {
  return new Promise((resolve) => {
    record.once('saved', resolve);
  });
}
