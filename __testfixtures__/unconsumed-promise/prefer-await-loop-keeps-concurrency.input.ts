async function archive(id: string): Promise<void> {
  await fetch(`/archive/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

export async function archiveAll(ids: string[], groups: string[][]) {
  for (const id of ids) {
    archive(id);
  }
  for (const group of groups) {
    group.forEach(async (id) => {
      await archive(id);
    });
  }
}
