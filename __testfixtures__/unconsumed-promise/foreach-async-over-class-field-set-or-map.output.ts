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
    void Promise.all(Array.from(this.pending).map(async (name) => {
      await importFile(name, []);
    })).catch((error) => console.error(error));
  }

  // An array field: `map` as before.
  importNamed() {
    void Promise.all(this.names.map(async (name) => {
      await importFile(name, []);
    })).catch((error) => console.error(error));
  }
}
