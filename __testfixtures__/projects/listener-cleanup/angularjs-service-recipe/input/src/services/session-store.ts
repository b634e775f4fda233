type Listener = (next: { user: string }) => void;
const listeners: Listener[] = [];

export const sessionStore = {
  subscribe(listener: Listener): () => void {
    listeners.push(listener);
    return () => listeners.splice(listeners.indexOf(listener), 1);
  },
};
