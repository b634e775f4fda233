// A typed `resolve`: the new `reject` goes after its annotation, typed by the executor's context.
export function head(url: string): Promise<number> {
  return new Promise((resolve: (status: number) => void) => {
    fetch(url, { method: 'HEAD' }).then((response) => resolve(response.status));
  });
}

// `resolve` is shadowed in the callback: the chain settles another promise, not this one.
export function size(url: string, resolve: (n: number) => void): Promise<void> {
  return new Promise((done) => {
    fetch(url).then((response) => {
      resolve(Number(response.headers.get('content-length')));
    });
    done();
  });
}
