declare function load(id: string): Promise<number>;
declare function show(count: number): void;
declare function report(): Promise<void>;

// An arrow whose expression body is a chain ending in its own rejection handler: its promise cannot reject
const refresh = (id: string): Promise<void> => load(id).then(show).catch((error) => console.error(error));
// Its chain has no handler, or a handler that throws again: calls of these stay findings
const reload = (id: string): Promise<void> => load(id).then(show);
const retry = (id: string): Promise<number> =>
  load(id).catch((error) => {
    throw error;
  });

export function run(id: string): void {
  refresh(id);
  refresh(id).then(() => console.log('refreshed'));
  refresh(id).then(() => report());
  reload(id);
  retry(id);
}
