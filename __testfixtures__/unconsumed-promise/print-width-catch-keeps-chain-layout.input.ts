declare function loadRows(): Promise<string[]>;
declare function show(rows: string[]): void;
declare function done(): void;

// Written with a call before the last spanning lines and the chain not broken: prettier would
// print this chain broken, so the file does not follow prettier here. `.catch(` follows the
// last call; the callbacks keep their indentation.
export function reload(rows: string[]): void {
  loadRows().then((loaded) => {
    rows.push(...loaded);
  }).then(() => {
    show(rows);
  });
}

// The same shape on a short name is what prettier prints (it keeps three groups on one line
// after a name no longer than the indentation): with `.catch(` the chain is broken as prettier
// breaks it.
export function refresh(p: Promise<string[]>): void {
  p.then((loaded) => {
    show(loaded);
  }).then(() => {
    done();
  });
}
