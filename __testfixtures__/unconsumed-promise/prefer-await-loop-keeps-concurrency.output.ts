async function archive(id: string): Promise<void> {
  await fetch(`/archive/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

export async function archiveAll(ids: string[], groups: string[][]) {
  for (const id of ids) {
    void archive(id).catch((error) => console.error(error));
  }
  for (const group of groups) {
    void Promise.all(group.map(async (id) => {
      await archive(id);
    })).catch((error) => console.error(error));
  }
}
