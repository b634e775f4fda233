async function addAccount(account: string): Promise<void> {
  if (!account) throw new Error('no account');
}

function showError(error: unknown): void {
  console.log(error);
}

// The catch was written for addAccount's failure, which a rejection skips: await it (a suggestion).
export async function finish(account: string): Promise<void> {
  try {
    await addAccount(account);
  } catch (error) {
    showError(error);
  }
}

// An empty catch, and a function that cannot await: the usual rejection handler.
export async function finishQuietly(account: string): Promise<void> {
  try {
    void addAccount(account).catch((error) => console.error(error));
  } catch {}
}

export function finishNow(account: string): void {
  try {
    void addAccount(account).catch((error) => console.error(error));
  } catch (error) {
    showError(error);
  }
}
