type Callback<T> = (err?: Error | null, result?: T) => void;

declare function run(sql: string): Promise<string[]>;

// A callback API that returns its promise too: with a callback, the errors go to the callback,
// which it hangs on the promise as its rejection handler.
function query(sql: string, callback?: Callback<string[]>): Promise<string[]> {
  const promise = run(sql);
  if (callback) promise.then((rows) => callback(null, rows), (error: Error) => callback(error));
  return promise;
}

export function count(done: Callback<number>): void {
  query('SELECT 1', (err, rows) => {
    if (err) return done(err);
    done(null, rows!.length);
  });
}

export function countRows(done: (n: number) => void): void {
  query('SELECT 1', (rows) => {
    done(rows ? 1 : 0);
  });
}
