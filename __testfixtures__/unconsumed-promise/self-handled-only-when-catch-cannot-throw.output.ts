async function save(id: string): Promise<void> {
  await fetch(`/save/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

declare function showError(error: unknown): Promise<void>;

const rethrows = async (id: string) => {
  try {
    await save(id);
  } catch (error) {
    throw new Error(`save ${id}`, { cause: error });
  }
};

const awaitsInCatch = async (id: string) => {
  try {
    await save(id);
  } catch (error) {
    await showError(error);
  }
};

const throwsBeforeTry = async (id: string) => {
  const key = id.toUpperCase();
  try {
    await save(key);
  } catch {
    // ignored
  }
};

export function run(id: string) {
  void rethrows(id).catch((error) => console.error(error));
  void awaitsInCatch(id).catch((error) => console.error(error));
  void throwsBeforeTry(id).catch((error) => console.error(error));
}
