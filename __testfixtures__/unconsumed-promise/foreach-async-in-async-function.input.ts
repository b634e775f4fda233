async function archive(id: string) {
  await fetch(`/archive/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

export async function archiveAll(ids: string[]) {
  ids.forEach(async (id) => {
    await archive(id);
  });
  console.log('archived');
}
