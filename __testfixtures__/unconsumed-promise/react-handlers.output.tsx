async function save(id: string): Promise<void> {
  await fetch(`/save/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

export function SaveButton({ id }: { id: string }) {
  return (
    <>
      <button onClick={() => save(id)}>Save</button>
      <button
        onClick={() => {
          void save(id).catch((error) => console.error(error));
        }}
      >
        Save and stay
      </button>
    </>
  );
}
