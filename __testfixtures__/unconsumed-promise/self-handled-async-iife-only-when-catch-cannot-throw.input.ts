// Immediately invoked async functions that can still reject: a catch that rethrows or awaits,
// or work outside the try.
declare const storage: { write(key: string, value: unknown): Promise<void> };
declare function report(error: unknown): Promise<void>;

export function persist(key: string, value: unknown) {
  (async () => {
    try {
      await storage.write(key, value);
    } catch (error) {
      throw new Error(`write ${key}`, { cause: error });
    }
  })();

  (async () => {
    try {
      await storage.write(key, value);
    } catch (error) {
      await report(error);
    }
  })();

  (async () => {
    const name = key.trim();
    try {
      await storage.write(name, value);
    } catch {
      // ignored
    }
  })();
}
