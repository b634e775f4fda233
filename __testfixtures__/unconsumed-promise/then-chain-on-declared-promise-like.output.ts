interface Row {
  id: string;
}

// Declared to return a PromiseLike (a query builder, a deferred): it has no `.catch`, so the
// handler goes in `.then(undefined, …)`.
function loadRows(table: string): PromiseLike<Row[]> {
  return { then: (ok, fail) => Promise.resolve([{ id: table }]).then(ok, fail) };
}

// A hand-made thenable: every return is an object literal.
function nextTick(flag: boolean) {
  if (flag) return { then: (ok: (value: number) => void, fail?: (error: unknown) => void) => Promise.resolve(1).then(ok, fail) };
  return { then: (ok: (value: number) => void, fail?: (error: unknown) => void) => Promise.resolve(2).then(ok, fail) };
}

// Nothing says what it returns: `.catch`, as for a promise.
function fetchRows(url: string) {
  return fetch(url).then((response) => response.json() as Promise<Row[]>);
}

export function refresh(render: (rows: Row[]) => void, show: (value: number) => void): void {
  void loadRows('users').then(render).then(undefined, (error) => console.error(error));
  void nextTick(true).then(show).then(undefined, (error) => console.error(error));
  void fetchRows('/rows').then(render).catch((error) => console.error(error));
}
