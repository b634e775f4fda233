// The app's event manager: its third parameter says whether the handler runs once.
export type Handler = (...args: unknown[]) => void;

export const EVENTS = { syncCompleted: 'sync:completed', userLoggedIn: 'user:logged-in' } as const;

export class EventManager {
  private handlers = new Map<string, { handler: Handler; once: boolean }[]>();

  subscribe(name: string, handler: Handler, once = false) {
    const list = this.handlers.get(name) ?? [];
    list.push({ handler, once });
    this.handlers.set(name, list);
    return { unsubscribe: () => this.unsubscribe(name, handler) };
  }

  unsubscribe(name: string, handler: Handler) {
    this.handlers.set(name, (this.handlers.get(name) ?? []).filter((entry) => entry.handler !== handler));
  }

  publish(name: string, ...args: unknown[]) {
    for (const entry of this.handlers.get(name) ?? []) {
      entry.handler(...args);
      if (entry.once) this.unsubscribe(name, entry.handler);
    }
  }
}

export const eventManager = new EventManager();
