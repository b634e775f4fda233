async function save(id: string): Promise<void> {
  await fetch(`/save/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

declare function showError(error: unknown): void;

export function SaveButton({ id }: { id: string }) {
  const onConfirm = async () => {
    try {
      await save(id);
    } catch (error) {
      showError(error);
    }
  };
  async function onRetry() {
    const attempts = 2;
    try {
      for (let i = 0; i < attempts; i++) await save(id);
    } catch (error) {
      showError(error);
    } finally {
      console.log('done');
    }
  }
  return (
    <>
      <button onClick={() => { onConfirm(); }}>Save</button>
      <button onClick={() => { onRetry(); }}>Retry</button>
    </>
  );
}
