async function save(id: string): Promise<void> {
  await fetch(`/save/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

export async function saveAndReport(id: string): Promise<string> {
  await save(id);
  await fetch(`/audit/${id}`, { signal: AbortSignal.timeout(5_000) }).then((response) => response.text());
  await (save(id) as Promise<void>);
  return 'saved';
}

export const onSubmit = async (id: string) => {
  // keeps the comment
  await save(id);
};
