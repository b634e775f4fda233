import { createStore } from './store';

const store = createStore();

async function audit(body: string): Promise<void> {
  console.log(body);
}

export async function handle(body: string): Promise<number> {
  // Found without types (a same-file async function).
  void audit(body).catch((error) => console.error(error));
  // Found only with types: the tsconfig includes no files, so not found.
  store.save(body);
  return store.size();
}
