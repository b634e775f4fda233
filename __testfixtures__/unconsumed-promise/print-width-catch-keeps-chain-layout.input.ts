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
