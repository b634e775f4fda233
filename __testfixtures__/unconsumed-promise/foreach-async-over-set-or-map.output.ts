async function notify(id: string) {
  await fetch(`/notify/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

export function notifyOnce(batch: string[]) {
  const deduped = new Set(batch);
  void Promise.all(Array.from(deduped).map(async (id) => {
    await notify(id);
  })).catch((error) => console.error(error));
}

export async function notifyAll(ids: ReadonlySet<string>) {
  await Promise.all(Array.from(ids).map(async (id) => {
    await notify(id);
  }));
  console.log('notified');
}

export function notifyOwners(owners: Map<string, string>) {
  void Promise.all(Array.from(owners.values()).map(async (owner) => {
    await notify(owner);
  })).catch((error) => console.error(error));
}

export function notifyKeyed(owners: Map<string, string>) {
  owners.forEach(async (owner, key) => {
    await notify(`${key}:${owner}`);
  });
}

export function notifyList(ids: string[]) {
  void Promise.all(ids.map(async (id) => {
    await notify(id);
  })).catch((error) => console.error(error));
}
