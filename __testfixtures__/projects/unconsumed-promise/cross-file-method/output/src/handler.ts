import { createStore } from './store';

const store = createStore();

export async function handle(body: string): Promise<number> {
  // A method of a class declared in another file: only the checker knows it returns a promise.
  void store.save(body).catch((error) => console.error(error));
  // Not a promise: no finding.
  store.size();
  // Awaited: no finding.
  await store.save(`${body}!`);
  // A promise or undefined: reported, no fix (`.catch` may not exist).
  store.saveLater(body);
  // Handled: no finding, with or without types.
  store.save(body).catch(() => undefined);
  // A chain on a method's promise: a suggestion without types, known with them.
  void store.save(body).then(() => undefined).catch((error) => console.error(error));
  return store.size();
}
