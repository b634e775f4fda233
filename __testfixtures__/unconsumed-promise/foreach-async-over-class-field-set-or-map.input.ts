async function importFile(name: string, files: File[]) {
  await fetch(`/import/${name}`, { method: 'POST', body: files[0], signal: AbortSignal.timeout(5_000) });
}

export class MultipleImporter {
  private importFiles: Map<string, File[]>;
  private pending = new Set<string>();
  private names: string[] = [];

  constructor() {
    this.importFiles = new Map();
  }

  // A Map has no `map`, and the callback reads the key: no fix.
  importAll() {
    this.importFiles.forEach(async (files, name) => {
      await importFile(name, files);
    });
  }

  // A Set made by the field's initialiser: its values are collected first.
  retryPending() {
    this.pending.forEach(async (name) => {
      await importFile(name, []);
    });
  }

  // An array field: `map` as before.
  importNamed() {
    this.names.forEach(async (name) => {
      await importFile(name, []);
    });
  }
}
