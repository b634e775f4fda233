declare function show(rows: string[]): void;
declare function done(): void;

// A chain on a short name written hugged is what prettier prints (it keeps three groups on one
// line after a name no longer than the indentation), so the file may follow prettier: with
// `.catch(` the chain is broken as prettier breaks it.
export function refresh(p: Promise<string[]>): void {
  void p
    .then((loaded) => {
      show(loaded);
    })
    .then(() => {
      done();
    })
    .catch((error) => console.error(error));
}
