// Immediately invoked async functions whose whole body is one try/catch that cannot throw: their
// promises cannot reject, so dropping them loses nothing a handler would see.
declare const storage: { write(key: string, value: unknown): Promise<void> };
declare const status: { set(value: string | undefined): void };

export function persist(key: string, value: unknown) {
  (async () => {
    try {
      await storage.write(key, value);
    } catch {
      // best effort: a full quota is not worth reporting
    }
  })();

  (async function mirror() {
    try {
      const copy = structuredClone(value);
      await storage.write(`${key}:copy`, copy);
    } catch (error) {
      status.set(String(error));
    }
  })();
}
